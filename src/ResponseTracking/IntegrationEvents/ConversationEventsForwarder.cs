using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Microsoft.Extensions.Logging;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.ServiceDefaults.Telemetry;

namespace NetworkingPlatform.ResponseTracking.IntegrationEvents;

/// <summary>
/// Publishes integration events from committed conversation events. It runs in Marten's async daemon, which
/// records how far it got only after a page was published: an event committed just before the service died is
/// published when the daemon resumes, and an event whose commit failed never reaches it. Publishing is at least
/// once; the event ids are stable, so consumers drop repeats.
/// </summary>
public sealed class ConversationEventsForwarder : ForwardingSubscription
{
    private readonly IBusControl bus;
    private readonly TimeProvider clock;
    private readonly ResponsivenessQuery responsiveness;

    public ConversationEventsForwarder(IBusControl bus, TimeProvider clock, ResponsivenessQuery responsiveness, ILogger<ConversationEventsForwarder> logger)
        : base("conversation-events-forwarder", logger)
    {
        this.bus = bus;
        this.clock = clock;
        this.responsiveness = responsiveness;
        IncludeType<ReplyRecorded>();
        IncludeType<ReplyWentOverdue>();
    }

    protected override async Task Forward(EventRange page, CancellationToken cancellationToken)
    {
        // One figure update per member and page: the figures read after the page include every reply in it. The
        // page's messages are published together; the daemon moves on only once all of them were confirmed.
        var answeredBy = new Dictionary<(string Tenant, string Member), IEvent>();
        var publishing = new List<Task>();
        foreach (var stored in page.Events)
        {
            switch (stored)
            {
                case IEvent<ReplyRecorded> reply:
                    publishing.Add(PublishAnswered(reply, cancellationToken));
                    answeredBy[(reply.TenantId, reply.Data.By)] = reply;
                    break;
                case IEvent<ReplyWentOverdue> overdue:
                    publishing.Add(PublishOverdue(overdue, cancellationToken));
                    break;
            }
        }

        foreach (var tenant in answeredBy.GroupBy(a => a.Key.Tenant, StringComparer.Ordinal))
        {
            var figures = await responsiveness.Figures(tenant.Key, [.. tenant.Select(a => a.Key.Member)], clock.GetUtcNow(), cancellationToken);
            publishing.AddRange(tenant.Select(a => PublishResponsiveness(a.Key.Tenant, a.Key.Member, a.Value, figures[a.Key.Member], cancellationToken)));
        }

        await Task.WhenAll(publishing);
    }

    private async Task PublishAnswered(IEvent<ReplyRecorded> stored, CancellationToken cancellationToken)
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
            reply.IsDecline,
            reply.IsHistory), cancellationToken);
        activity?.SetStatus(ActivityStatusCode.Ok);
    }

    private async Task PublishOverdue(IEvent<ReplyWentOverdue> stored, CancellationToken cancellationToken)
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
            overdue.Deadline,
            overdue.IsHistory), cancellationToken);
        activity?.SetStatus(ActivityStatusCode.Ok);
    }

    private async Task PublishResponsiveness(string tenant, string member, IEvent last, ResponsivenessFigures figures, CancellationToken cancellationToken)
    {
        // In the trace of the member's last reply of the page, so a traced answer is followed into the matching.
        using var activity = PlatformTelemetry.ContinueTrace("forward responsiveness-changed", last.TraceParent());
        await bus.PublishCommitted(new ResponsivenessChanged(
            StableEventId.Of(last.Id, nameof(ResponsivenessChanged)),
            tenant,
            clock.GetUtcNow(),
            member,
            figures.ReplyNeedingReceived,
            figures.Answered + figures.Declined,
            figures.ResponseRate,
            figures.ReplyTime.Median), cancellationToken);
    }
}
