using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Profiles;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.Ingestion.IntegrationEvents;

/// <summary>
/// Publishes what Ingestion committed, from Marten's async daemon: nothing before its commit, and everything
/// committed, at least once, even if the service stopped right after the commit. Event ids are derived from what
/// was committed, so a message published twice carries the same id and consumers recognise it.
/// </summary>
public sealed class IngestedEventsForwarder : SubscriptionBase
{
    private readonly IBusControl bus;

    public IngestedEventsForwarder(IBusControl bus)
    {
        this.bus = bus;
        Name = "ingested-events-forwarder";
        IncludeType<MessagesAccepted>();
        IncludeType<InvitationsTaken>();
        IncludeType<MemberProfileTaken>();
        IncludeType<ImportFinished>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events)
        {
            using var activity = PlatformTelemetry.ContinueTrace($"forward {stored.EventTypeName}", stored.TraceParent());
            switch (stored.Data)
            {
                case MessagesAccepted accepted:
                    foreach (var batch in IntegrationEventMapping.ToMessagesIngested(stored, accepted))
                    {
                        await bus.PublishCommitted(batch, cancellationToken);
                    }

                    break;
                case InvitationsTaken invitations:
                    foreach (var invitation in IntegrationEventMapping.ToInvitationsIngested(stored, invitations))
                    {
                        await bus.PublishCommitted(invitation, cancellationToken);
                    }

                    break;
                case MemberProfileTaken profile:
                    await bus.PublishCommitted(IntegrationEventMapping.ToMemberProfileIngested(stored, profile), cancellationToken);
                    break;
                case ImportFinished finished:
                    await bus.PublishCommitted(IntegrationEventMapping.ToImportCompleted(stored, finished), cancellationToken);
                    break;
            }
        }

        return NullChangeListener.Instance;
    }
}
