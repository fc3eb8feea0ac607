using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;
using NetworkingPlatform.Notification.Withdrawing;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>
/// Withdraws the nudges the replies made moot, then tells each member who was waiting that they were answered (a reply
/// from history withdraws but announces nothing). Taken in batches (see <see cref="ConversationAnsweredConsumerDefinition"/>):
/// replies arrive with every conversation the platform records, and a batch costs a few transactions for all its
/// tenants instead of a few per reply.
/// </summary>
public sealed class ConversationAnsweredConsumer(NudgeWithdrawal withdrawal, NotificationDispatcher dispatcher, IDocumentStore store)
    : IConsumer<Batch<ConversationAnswered>>
{
    public async Task Consume(ConsumeContext<Batch<ConversationAnswered>> context)
    {
        var answers = context.Message.Select(m => m.Message).ToList();
        await withdrawal.Withdraw([.. answers.Select(a => new AnswerGiven(a.TenantId, a.ConversationId, a.AnsweredBy, a.AnsweredAt))], context.CancellationToken);
        var tenants = new List<TenantTriggers>();
        foreach (var tenant in answers.Where(HistoryIsQuiet.Announces).GroupBy(a => a.TenantId, StringComparer.Ordinal))
        {
            var names = await PeopleNames.Load(store, tenant.Key, tenant.Select(a => a.AnsweredBy), context.CancellationToken);
            tenants.Add(new TenantTriggers(tenant.Key, [.. tenant.SelectMany(answered => ToTriggers(answered, names.Of(answered.AnsweredBy)))]));
        }

        if (tenants.Count > 0)
        {
            await dispatcher.Dispatch(tenants, context.CancellationToken);
        }
    }

    private static IEnumerable<Trigger> ToTriggers(ConversationAnswered answered, string by)
    {
        var title = NotificationTexts.Both(answered.IsDecline ? "ConversationAnswered.Title.Declined" : "ConversationAnswered.Title.Replied", by);
        var body = NotificationTexts.Both(language =>
            NotificationTexts.Get(language, "ConversationAnswered.Body", by, ReplyTimeText.Describe(answered.ReplyTime, language)));
        return answered.AnsweredFor.Select(recipient => new Trigger(
            answered.EventId, answered.TenantId, NotificationTypes.ConversationAnswered, recipient, answered.OccurredAt, title, body, answered,
            answered.ConversationId));
    }
}
