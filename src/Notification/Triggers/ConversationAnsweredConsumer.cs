using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Withdrawing;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>Withdraws the nudges the reply made moot, then tells each member who was waiting that they were answered.</summary>
public sealed class ConversationAnsweredConsumer(NudgeWithdrawal withdrawal, NotificationDispatcher dispatcher) : IConsumer<ConversationAnswered>
{
    public async Task Consume(ConsumeContext<ConversationAnswered> context)
    {
        var answered = context.Message;
        await withdrawal.Withdraw(answered.TenantId, answered.ConversationId, answered.AnsweredBy, answered.AnsweredAt, context.CancellationToken);
        if (!HistoryIsQuiet.Announces(answered))
        {
            return;
        }
        var after = ReplyTimeText.Describe(answered.ReplyTime);
        var title = answered.IsDecline
            ? new LocalizedText($"{answered.AnsweredBy} declinó", $"{answered.AnsweredBy} declined")
            : new LocalizedText($"{answered.AnsweredBy} respondió", $"{answered.AnsweredBy} replied");
        var body = new LocalizedText($"{answered.AnsweredBy} te respondió después de {after.Es}.", $"{answered.AnsweredBy} answered you after {after.En}.");
        await dispatcher.Dispatch(answered.TenantId,
            [.. answered.AnsweredFor.Select(recipient => new Trigger(
                answered.EventId, answered.TenantId, NotificationTypes.ConversationAnswered, recipient, answered.OccurredAt, title, body, answered,
                answered.ConversationId))],
            context.CancellationToken);
    }
}
