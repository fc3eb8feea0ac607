namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

internal sealed record InboxResponse(string Member, string View, long Page, long Limit, long Total, IReadOnlyList<InboxItemResponse> Items);

internal sealed record InboxItemResponse(string ConversationId, string Channel, IReadOnlyList<string> Members, DateTimeOffset Since, string Kind, DateTimeOffset? ReplyDueAt);
