namespace NetworkingPlatform.Notification.InApp.ListingNotifications;

public sealed record NotificationItem(
    string Id, string Type, string Title, string Body, string? ConversationId, DateTimeOffset CreatedAt, bool Read,
    IReadOnlyList<string> Answers, string? AnsweredWith)
{
    public static NotificationItem From(InAppNotification notification) => new(
        notification.Id, notification.Type, notification.Title, notification.Body, notification.ConversationId,
        notification.CreatedAt, notification.ReadAt is not null,
        notification.OffersAnswers ? OneClickAnswer.Names : [], notification.AnsweredWith);
}
