using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Withdrawing;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>
/// Withdraws the nudges the replies made moot, then tells each member who was waiting that they were answered. Taken
/// in batches (see <see cref="ConversationAnsweredConsumerDefinition"/>): replies arrive with every conversation the
/// platform records, and a batch costs a few transactions for all its tenants instead of a few per reply.
/// </summary>
public sealed class ConversationAnsweredConsumer(NudgeWithdrawal withdrawal, NotificationDispatcher dispatcher) : IConsumer<Batch<ConversationAnswered>>
{
    public async Task Consume(ConsumeContext<Batch<ConversationAnswered>> context)
    {
        var answers = context.Message.Select(m => m.Message).ToList();
        await withdrawal.Withdraw([.. answers.Select(a => new AnswerGiven(a.TenantId, a.ConversationId, a.AnsweredBy, a.AnsweredAt))], context.CancellationToken);
        await dispatcher.Dispatch(
            [.. answers.GroupBy(a => a.TenantId, StringComparer.Ordinal).Select(tenant => new TenantTriggers(tenant.Key, [.. tenant.SelectMany(ToTriggers)]))],
            context.CancellationToken);
    }

    public static IEnumerable<Trigger> ToTriggers(ConversationAnswered answered)
    {
        var after = ReplyTimeText.Describe(answered.ReplyTime);
        var title = answered.IsDecline
            ? new LocalizedText($"{answered.AnsweredBy} declinó", $"{answered.AnsweredBy} declined")
            : new LocalizedText($"{answered.AnsweredBy} respondió", $"{answered.AnsweredBy} replied");
        var body = new LocalizedText($"{answered.AnsweredBy} te respondió después de {after.Es}.", $"{answered.AnsweredBy} answered you after {after.En}.");
        return answered.AnsweredFor.Select(recipient => new Trigger(
            answered.EventId, answered.TenantId, NotificationTypes.ConversationAnswered, recipient, answered.OccurredAt, title, body, answered,
            answered.ConversationId));
    }
}
