namespace NetworkingPlatform.ResponseTracking.Members.Inbox;

/// <summary>One page of an inbox view; <see cref="Limit"/> is the page size under its earlier name.</summary>
public sealed record InboxResponse(string Member, string View, long Page, long Limit, long Total, IReadOnlyList<InboxItem> Items, long PageSize, string DisplayName);
