namespace NetworkingPlatform.ResponseTracking.Members.Inbox;

public sealed record InboxResponse(string Member, string View, long Page, long Limit, long Total, IReadOnlyList<InboxItem> Items);
