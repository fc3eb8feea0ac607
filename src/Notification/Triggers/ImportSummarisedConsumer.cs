using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Triggers;

/// <summary>An import's one announcement, once everything it brought is recorded: what it brought and who waits on whom now.</summary>
public sealed class ImportSummarisedConsumer(NotificationDispatcher dispatcher) : IConsumer<ImportSummarised>
{
    public Task Consume(ConsumeContext<ImportSummarised> context)
    {
        var import = context.Message;
        var (title, body) = import.Succeeded
            ? (NotificationTexts.Both("ImportSummarised.Title"), NotificationTexts.Both(language => NotificationTexts.Get(language, "ImportSummarised.Body",
                NotificationTexts.Count(language, "ImportSummarised.Conversations", import.Conversations),
                NotificationTexts.Count(language, "ImportSummarised.WaitingOnYou", import.WaitingOnMember),
                NotificationTexts.Count(language, "ImportSummarised.WaitingOnOthers", import.WaitingOnOthers))))
            : (NotificationTexts.Both("ImportFailed.Title"), NotificationTexts.Both("ImportFailed.Body", import.Failure));
        return dispatcher.Dispatch(import.TenantId, [new Trigger(
            import.EventId, import.TenantId, NotificationTypes.ImportCompleted, import.Member, import.OccurredAt, title, body, import)],
            context.CancellationToken);
    }
}
