using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.Ingestion.People;

/// <summary>Publishes each committed <see cref="PeopleDirectoryChanged"/> as <see cref="PeopleNamed"/>, at least once, with the stored event's id.</summary>
public sealed class PeopleDirectoryForwarder : SubscriptionBase
{
    private readonly IBusControl bus;

    public PeopleDirectoryForwarder(IBusControl bus)
    {
        this.bus = bus;
        Name = "people-directory-forwarder";
        IncludeType<PeopleDirectoryChanged>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events.OfType<IEvent<PeopleDirectoryChanged>>())
        {
            await bus.PublishCommitted(new PeopleNamed(stored.Id, stored.TenantId, stored.Timestamp,
                [.. stored.Data.People.Select(p => new NamedPerson(p.Id, p.DisplayName, p.Headline, p.ProfileUrl, p.FirstSeen))]), cancellationToken);
        }

        return NullChangeListener.Instance;
    }
}
