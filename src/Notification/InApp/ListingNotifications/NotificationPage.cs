namespace NetworkingPlatform.Notification.InApp.ListingNotifications;

/// <summary>
/// One page of a member's notifications, by the one paging convention, with the member's unread count. <see cref="Offset"/>
/// and <see cref="Next"/> (the offset of the next page, null on the last) belong to the earlier offset paging, answered for
/// one release.
/// </summary>
public sealed record NotificationPage(
    string Member, int Unread, IReadOnlyList<NotificationItem> Items, int Page, int PageSize, int Total, int Offset, int? Next);
