using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.Ingestion.IntegrationEvents;

/// <summary>
/// Publishes what Ingestion committed, from Marten's async daemon: nothing before its commit, and everything
/// committed, at least once, even if the service stopped right after the commit.
/// </summary>
public sealed class IngestedMessagesForwarder : SubscriptionBase
{
    private readonly IBusControl bus;

    public IngestedMessagesForwarder(IBusControl bus)
    {
        this.bus = bus;
        Name = "ingested-messages-forwarder";
        IncludeType<MessageAccepted>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events.OfType<IEvent<MessageAccepted>>())
        {
            using var activity = PlatformTelemetry.ContinueTrace("forward message-accepted", stored.TraceParent());
            var accepted = stored.Data;
            var ingested = new MessageIngested(
                stored.Id,
                stored.TenantId,
                stored.Timestamp,
                accepted.ConversationId,
                accepted.MessageId,
                accepted.From,
                accepted.To,
                accepted.SentAt,
                accepted.Subject,
                accepted.Body,
                accepted.Kind,
                accepted.NeedsReply,
                accepted.Channel,
                accepted.InReplyTo);
            await bus.PublishCommitted(new MessagesIngested(stored.Id, stored.TenantId, stored.Timestamp, [ingested]), cancellationToken);
        }

        return NullChangeListener.Instance;
    }
}
