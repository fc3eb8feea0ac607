using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
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
        IncludeType<ReplyWentOverdue>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page,
        ISubscriptionController controller,
        IDocumentOperations operations,
        CancellationToken cancellationToken)
    {
        // One figure update per member and page: the figures read after the page include every reply in it.
        var answeredBy = new Dictionary<(string Tenant, string Member), IEvent>();
        foreach (var stored in page.Events)
        {
            switch (stored)
            {
                case IEvent<ReplyRecorded> reply:
                    await Forward(reply, cancellationToken);
                    answeredBy[(reply.TenantId, reply.Data.By)] = reply;
                    break;
                case IEvent<ReplyWentOverdue> overdue:
                    await Forward(overdue, cancellationToken);
                    break;
            }
        }

        foreach (var ((tenant, member), last) in answeredBy)
        {
            await PublishResponsiveness(tenant, member, last, operations, cancellationToken);
        }

        return NullChangeListener.Instance;
    }

    private async Task Forward(IEvent<ReplyRecorded> stored, CancellationToken cancellationToken)
    {
        using var activity = PlatformTelemetry.ContinueTrace("forward reply-recorded", stored.TraceParent());
        var reply = stored.Data;
        await bus.PublishCommitted(new ConversationAnswered(
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
            reply.IsDecline), cancellationToken);
        activity?.SetStatus(ActivityStatusCode.Ok);
    }

    private async Task Forward(IEvent<ReplyWentOverdue> stored, CancellationToken cancellationToken)
    {
        using var activity = PlatformTelemetry.ContinueTrace("forward reply-went-overdue", stored.TraceParent());
        var overdue = stored.Data;
        await bus.PublishCommitted(new ReplyOverdue(
            stored.Id,
            stored.TenantId,
            overdue.NoticedAt,
            overdue.ConversationId,
            overdue.Member,
            overdue.WaitingMember,
            overdue.MessageId,
            overdue.Kind,
            overdue.Excerpt,
            overdue.WaitingSince,
            overdue.Deadline), cancellationToken);
        activity?.SetStatus(ActivityStatusCode.Ok);
    }

    private async Task PublishResponsiveness(string tenant, string member, IEvent last, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // The store itself cannot be injected here: building it needs this subscription.
        var (figures, _) = await ResponsivenessQuery.Load(operations.ForTenant(tenant), member, clock.GetUtcNow(), cancellationToken);
        await bus.PublishCommitted(new ResponsivenessChanged(
            DeterministicId.From(last.Id, nameof(ResponsivenessChanged)),
            tenant,
            clock.GetUtcNow(),
            member,
            figures.ReplyNeedingReceived,
            figures.Answered + figures.Declined,
            figures.ResponseRate,
            figures.ReplyTime.Median), cancellationToken);
    }
}
