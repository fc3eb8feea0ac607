namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>A message of the conversation, as sent; its own <see cref="SentAt"/> orders it, not its arrival.</summary>
public sealed record MessageRecorded(
    string ConversationId,
    string MessageId,
    string From,
    IReadOnlyList<string> To,
    DateTimeOffset SentAt,
    string Kind,
    bool NeedsReply,
    string Channel,
    string? Subject,
    string Excerpt);

/// <summary>
/// <see cref="By"/> answered the reply-needing messages that <see cref="AnsweredFor"/> sent them, waiting since
/// <see cref="WaitingSince"/>. A decline is an answer.
/// </summary>
public sealed record ReplyRecorded(
    string ConversationId,
    string ReplyMessageId,
    string By,
    IReadOnlyList<string> AnsweredFor,
    DateTimeOffset WaitingSince,
    DateTimeOffset RepliedAt,
    bool IsDecline)
{
    public TimeSpan ReplyTime => RepliedAt - WaitingSince;
}
