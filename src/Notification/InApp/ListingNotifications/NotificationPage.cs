namespace NetworkingPlatform.Notification.InApp.ListingNotifications;

public sealed record NotificationPage(string Member, int Unread, IReadOnlyList<NotificationItem> Items);
