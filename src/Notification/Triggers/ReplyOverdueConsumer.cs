using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>
/// Nudges the member who owes a reply. Taken in batches: overdue events come in bursts (a deadline sweep), and one
/// transaction per batch is what keeps a fan-out of thousands at thousands a second.
/// </summary>
public sealed class ReplyOverdueConsumer(NotificationDispatcher dispatcher, IDocumentStore store) : IConsumer<Batch<ReplyOverdue>>
{
    public async Task Consume(ConsumeContext<Batch<ReplyOverdue>> context)
    {
        foreach (var tenant in context.Message.Select(m => m.Message).Where(HistoryIsQuiet.Announces).GroupBy(m => m.TenantId))
        {
            var names = await PeopleNames.Load(store, tenant.Key, tenant.Select(o => o.WaitingMember), context.CancellationToken);
            await dispatcher.Dispatch(tenant.Key, [.. tenant.Select(o => ToTrigger(o, names))], context.CancellationToken);
        }
    }

    public static Trigger ToTrigger(ReplyOverdue overdue, PeopleNames names) => new(
        overdue.EventId, overdue.TenantId, NotificationTypes.ReplyOverdue, overdue.Member, overdue.OccurredAt,
        NotificationTexts.Both("ReplyOverdue.Title", names.Of(overdue.WaitingMember)),
        NotificationTexts.Both("ReplyOverdue.Body", overdue.WaitingSince, overdue.Excerpt),
        overdue,
        overdue.ConversationId,
        overdue.WaitingMember,
        overdue.WaitingSince);
}
