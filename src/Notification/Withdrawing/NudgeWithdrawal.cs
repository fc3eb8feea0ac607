using Marten;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.InApp;

namespace NetworkingPlatform.Notification.Withdrawing;

/// <summary>
/// A member answered a conversation: the nudges about it that have not gone out yet are withdrawn (emails not sent,
/// in-app nudges hidden), and a nudge about that wait arriving later is dropped.
/// </summary>
public sealed class NudgeWithdrawal(IDocumentStore store, TimeProvider clock)
{
    public async Task Withdraw(string tenantId, string conversationId, string member, DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession(tenantId);
        var stateId = NudgeState.IdFor(conversationId, member);
        var state = await session.LoadAsync<NudgeState>(stateId, cancellationToken) ?? new NudgeState { Id = stateId };
        if (state.AnsweredAt is null || state.AnsweredAt < answeredAt)
        {
            state.AnsweredAt = answeredAt;
            session.Store(state);
        }

        var emails = await session.Query<Delivery>()
            .Where(d => d.ConversationId == conversationId && d.Recipient == member && d.EventType == NotificationTypes.ReplyOverdue
                && d.Channel == Delivery.EmailChannel && d.Status == DeliveryStatus.Pending)
            .ToListAsync(cancellationToken);
        foreach (var email in emails)
        {
            email.Status = DeliveryStatus.Withdrawn;
        }

        var nudges = await session.Query<InAppNotification>()
            .Where(n => n.ConversationId == conversationId && n.Recipient == member && n.Type == NotificationTypes.ReplyOverdue
                && n.WithdrawnAt == null && n.AnsweredWith == null)
            .ToListAsync(cancellationToken);
        foreach (var nudge in nudges)
        {
            nudge.WithdrawnAt = now;
        }

        session.Store(emails.ToArray());
        session.Store(nudges.ToArray());
        await session.SaveChangesAsync(cancellationToken);
    }
}
