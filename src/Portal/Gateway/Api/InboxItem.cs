namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record InboxItem(
    string ConversationId,
    string Channel,
    IReadOnlyList<string> Members,
    DateTimeOffset Since,
    string MessageId,
    string Kind,
    string Excerpt,
    DateTimeOffset LastMessageAt,
    DateTimeOffset? ReplyDueAt)
{
    public bool IsOverdue(DateTimeOffset now) => ReplyDueAt is { } due && due <= now;
}
