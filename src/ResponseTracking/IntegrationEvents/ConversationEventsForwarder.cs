using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Responsiveness;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ResponseTracking.IntegrationEvents;

/// <summary>
/// Publishes integration events from committed conversation events. It runs in Marten's async daemon, which
/// records how far it got only after a page was published: an event committed just before the service died is
/// published when the daemon resumes, and an event whose commit failed never reaches it. Publishing is at least
/// once; the event ids are stable, so consumers drop repeats.
/// </summary>
public sealed class ConversationEventsForwarder : SubscriptionBase
{
    private readonly IBusControl bus;
    private readonly TimeProvider clock;

    public ConversationEventsForwarder(IBusControl bus, TimeProvider clock)
    {
        this.bus = bus;
        this.clock = clock;
        Name = "conversation-events-forwarder";
        IncludeType<ReplyRecorded>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events)
        {
            if (stored is IEvent<ReplyRecorded> reply)
            {
                await Forward(reply, operations, cancellationToken);
            }
        }

        return NullChangeListener.Instance;
    }

    private async Task Forward(IEvent<ReplyRecorded> stored, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        using var activity = PlatformTelemetry.ContinueTrace("forward reply-recorded", stored.TraceParent());
        var reply = stored.Data;
        var answered = new ConversationAnswered(
            stored.Id,
            stored.TenantId,
            stored.Timestamp,
            reply.ConversationId,
            reply.ReplyMessageId,
            reply.By,
            reply.AnsweredFor,
            reply.WaitingSince,
            reply.RepliedAt,
            reply.ReplyTime,
            reply.IsDecline);
        await bus.PublishCommitted(answered, cancellationToken);

        // The store itself cannot be injected here: building it needs this subscription.
        var figures = await operations.ForTenant(stored.TenantId).LoadAsync<MemberResponsiveness>(reply.By, cancellationToken);
        if (figures is not null)
        {
            await bus.PublishCommitted(new ResponsivenessChanged(
                DeterministicId.From(stored.Id, nameof(ResponsivenessChanged)),
                stored.TenantId,
                clock.GetUtcNow(),
                reply.By,
                figures.AwaitedIn.Count,
                figures.AnsweredIn.Count,
                figures.ResponseRate,
                figures.MedianReplyTime), cancellationToken);
        }

        activity?.SetStatus(ActivityStatusCode.Ok);
    }

}
