using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Contracts.Gateway;
using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.Gateway.IntegrationEvents;

/// <summary>Publishes what the Gateway committed about accounts, from Marten's async daemon: at least once, with the stored event's id.</summary>
public sealed class AccountEventsForwarder : SubscriptionBase
{
    private readonly IBusControl bus;

    public AccountEventsForwarder(IBusControl bus)
    {
        this.bus = bus;
        Name = "account-events-forwarder";
        IncludeType<AccountLanguageChosen>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events.OfType<IEvent<AccountLanguageChosen>>())
        {
            var chosen = stored.Data;
            await bus.PublishCommitted(new AccountLanguageSet(stored.Id, chosen.TenantId, stored.Timestamp, chosen.Member, chosen.Language), cancellationToken);
        }

        return NullChangeListener.Instance;
    }
}
