using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>
/// Nudges the member who owes a reply. Taken in batches: overdue events come in bursts (a deadline sweep), and one
/// transaction per batch is what keeps a fan-out of thousands at thousands a second.
/// </summary>
public sealed class ReplyOverdueConsumer(NotificationDispatcher dispatcher) : IConsumer<Batch<ReplyOverdue>>
{
    public async Task Consume(ConsumeContext<Batch<ReplyOverdue>> context)
    {
        foreach (var tenant in context.Message.Select(m => m.Message).Where(HistoryIsQuiet.Announces).GroupBy(m => m.TenantId))
        {
            await dispatcher.Dispatch(tenant.Key, [.. tenant.Select(ToTrigger)], context.CancellationToken);
        }
    }

    public static Trigger ToTrigger(ReplyOverdue overdue) => new(
        overdue.EventId, overdue.TenantId, NotificationTypes.ReplyOverdue, overdue.Member, overdue.OccurredAt,
        new($"{overdue.WaitingMember} espera tu respuesta", $"{overdue.WaitingMember} is waiting for your reply"),
        new($"Te escribió el {overdue.WaitingSince:yyyy-MM-dd}: «{overdue.Excerpt}». Una respuesta corta basta, incluso un «No, gracias».",
            $"They wrote to you on {overdue.WaitingSince:yyyy-MM-dd}: “{overdue.Excerpt}”. A short answer is enough, even a “No, thanks”."),
        overdue,
        overdue.ConversationId,
        overdue.WaitingMember,
        overdue.WaitingSince);
}
