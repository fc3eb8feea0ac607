namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record NotificationPage(string Member, int Unread, IReadOnlyList<NotificationItem> Items, int Page, int PageSize, int Total);
