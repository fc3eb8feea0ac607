namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// A message of the conversation, as sent; its own <see cref="SentAt"/> orders it, not its arrival. <see cref="IsHistory"/>:
/// taken in as history (imported, backfilled, or old when it arrived), so nothing it sets off is announced.
/// </summary>
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
    string Excerpt,
    bool IsHistory = false);

/// <summary>
/// <see cref="By"/> answered the reply-needing messages that <see cref="AnsweredFor"/> sent them, waiting since
/// <see cref="WaitingSince"/>. A decline is an answer. Recorded once per reply message, to be forwarded; figures are
/// derived from the messages themselves, so a late message that moves this reply's clock changes them anyway.
/// <see cref="IsHistory"/>: the reply message is history.
/// </summary>
public sealed record ReplyRecorded(
    string ConversationId,
    string ReplyMessageId,
    string By,
    IReadOnlyList<string> AnsweredFor,
    DateTimeOffset WaitingSince,
    DateTimeOffset RepliedAt,
    bool IsDecline,
    bool IsHistory = false)
{
    public TimeSpan ReplyTime => RepliedAt - WaitingSince;
}

/// <summary>
/// <see cref="Member"/> let the reply owed since <see cref="WaitingSince"/> pass their promised <see cref="Deadline"/>;
/// the service noticed at <see cref="NoticedAt"/>. <see cref="IsHistory"/>: every message of the wait is history.
/// </summary>
public sealed record ReplyWentOverdue(
    string ConversationId,
    string Member,
    string WaitingMember,
    string MessageId,
    string Kind,
    string Excerpt,
    DateTimeOffset WaitingSince,
    DateTimeOffset Deadline,
    DateTimeOffset NoticedAt,
    bool IsHistory = false);
