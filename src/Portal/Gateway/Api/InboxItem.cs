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
    DateTimeOffset? ReplyDueAt,
    IReadOnlyList<string>? DisplayNames = null,
    string? Title = null)
{
    /// <summary>How the conversation is shown: its title (subject or the people in it), else who it waits on.</summary>
    public string Heading => Title is { Length: > 0 } title ? title : string.Join(", ", DisplayNames ?? Members);

    /// <summary>Who the wait is about, by name.</summary>
    public string Names => string.Join(", ", DisplayNames ?? Members);

    public bool IsOverdue(DateTimeOffset now) => ReplyDueAt is { } due && due <= now;
}
