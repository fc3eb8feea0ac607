namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record NotificationPage(string Member, int Unread, int Total, int Offset, int? Next, IReadOnlyList<NotificationItem> Items);
