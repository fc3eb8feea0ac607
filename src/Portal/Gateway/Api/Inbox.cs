namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>ResponseTracking's inbox view (GET /api/v1/responses/members/{member}/inbox).</summary>
public sealed record Inbox(string Member, string View, long Page, long Limit, long Total, IReadOnlyList<InboxItem> Items);
