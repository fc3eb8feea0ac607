using Marten;
using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.People;
using NetworkingPlatform.Notification.Texts;
using NetworkingPlatform.Notification.Withdrawing;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>Withdraws the nudges the reply made moot, then tells each member who was waiting that they were answered.</summary>
public sealed class ConversationAnsweredConsumer(NudgeWithdrawal withdrawal, NotificationDispatcher dispatcher, IDocumentStore store) : IConsumer<ConversationAnswered>
{
    public async Task Consume(ConsumeContext<ConversationAnswered> context)
    {
        var answered = context.Message;
        await withdrawal.Withdraw(answered.TenantId, answered.ConversationId, answered.AnsweredBy, answered.AnsweredAt, context.CancellationToken);
        if (!HistoryIsQuiet.Announces(answered))
        {
            return;
        }
        var by = (await PeopleNames.Load(store, answered.TenantId, [answered.AnsweredBy], context.CancellationToken)).Of(answered.AnsweredBy);
        var title = NotificationTexts.Both(answered.IsDecline ? "ConversationAnswered.Title.Declined" : "ConversationAnswered.Title.Replied", by);
        var body = NotificationTexts.Both(language =>
            NotificationTexts.Get(language, "ConversationAnswered.Body", by, ReplyTimeText.Describe(answered.ReplyTime, language)));
        await dispatcher.Dispatch(answered.TenantId,
            [.. answered.AnsweredFor.Select(recipient => new Trigger(
                answered.EventId, answered.TenantId, NotificationTypes.ConversationAnswered, recipient, answered.OccurredAt, title, body, answered,
                answered.ConversationId))],
            context.CancellationToken);
    }
}
