namespace NetworkingPlatform.Notification.InApp.ListingNotifications;

/// <summary>One page of a member's notifications; <see cref="Next"/> is the offset of the next page, null on the last.</summary>
public sealed record NotificationPage(string Member, int Unread, int Total, int Offset, int? Next, IReadOnlyList<NotificationItem> Items);
