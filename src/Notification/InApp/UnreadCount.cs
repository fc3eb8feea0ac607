namespace NetworkingPlatform.Notification.InApp;

public static class UnreadCount
{
    public static Task<int> Of(IQuerySession session, string recipient, CancellationToken cancellationToken) =>
        session.Query<InAppNotification>().CountAsync(n => n.Recipient == recipient && n.ReadAt == null && n.WithdrawnAt == null, cancellationToken);
}
