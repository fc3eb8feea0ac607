using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using MassTransit;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.Ingestion.Imports;
using NetworkingPlatform.Ingestion.Invitations;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Profiles;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.Ingestion.IntegrationEvents;

/// <summary>
/// Publishes what Ingestion committed, from Marten's async daemon: nothing before its commit, and everything
/// committed, at least once, even if the service stopped right after the commit. Event ids are derived from what
/// was committed, so a message published twice carries the same id and consumers recognise it. The messages of a page
/// are published together, a tenant's merged into bus messages of up to
/// <see cref="IntegrationEventMapping.MessagesPerBusMessage"/>: one per request would cost the broker and every
/// consumer a delivery each. A request whose trace is sampled keeps bus messages of its own, so it can be followed.
/// </summary>
public sealed class IngestedEventsForwarder : ForwardingSubscription
{
    private readonly IBusControl bus;

    public IngestedEventsForwarder(IBusControl bus, ILogger<IngestedEventsForwarder> logger)
        : base("ingested-events-forwarder", logger)
    {
        this.bus = bus;
        IncludeType<MessagesAccepted>();
        IncludeType<InvitationsTaken>();
        IncludeType<MemberProfileTaken>();
        IncludeType<ImportFinished>();
    }

    protected override async Task Forward(EventRange page, CancellationToken cancellationToken)
    {
        var publishing = new List<Task>();
        var merged = page.Events.OfType<IEvent<MessagesAccepted>>()
            .GroupBy(stored => (stored.TenantId, Trace: TraceParents.IsSampled(stored.TraceParent()) ? stored.TraceParent() : null));
        foreach (var group in merged)
        {
            // Events of traces not kept go on in one of them, not kept either: a new trace here would be a fragment.
            var trace = group.Key.Trace ?? group.Select(stored => stored.TraceParent()).FirstOrDefault(parent => parent is not null);
            publishing.Add(Publish(trace, group.First().EventTypeName, IntegrationEventMapping.ToMessagesIngested([.. group]), cancellationToken));
        }

        foreach (var stored in page.Events)
        {
            switch (stored.Data)
            {
                case InvitationsTaken invitations:
                    publishing.Add(Publish(stored.TraceParent(), stored.EventTypeName, IntegrationEventMapping.ToInvitationsIngested(stored, invitations), cancellationToken));
                    break;
                case MemberProfileTaken profile:
                    publishing.Add(Publish(stored.TraceParent(), stored.EventTypeName, [IntegrationEventMapping.ToMemberProfileIngested(stored, profile)], cancellationToken));
                    break;
                case ImportFinished finished:
                    publishing.Add(Publish(stored.TraceParent(), stored.EventTypeName, [IntegrationEventMapping.ToImportCompleted(stored, finished)], cancellationToken));
                    break;
            }
        }

        // The daemon records the page as done only after every message of it was confirmed by the broker.
        await Task.WhenAll(publishing);
    }

    private async Task Publish<T>(string? traceParent, string eventType, IEnumerable<T> messages, CancellationToken cancellationToken)
        where T : class, NetworkingPlatform.Contracts.IIntegrationEvent
    {
        using var activity = PlatformTelemetry.ContinueTrace($"forward {eventType}", traceParent);
        await Task.WhenAll(messages.Select(message => bus.PublishCommitted(message, cancellationToken)));
    }
}
