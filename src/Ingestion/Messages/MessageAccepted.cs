namespace NetworkingPlatform.Ingestion.Messages;

/// <summary>
/// Ingestion took a message in. Its stream is keyed by the external message id, so a repeat cannot be taken twice.
/// <see cref="IsHistory"/>: taken in as history (see <see cref="History.HistoryRule"/>).
/// </summary>
public sealed record MessageAccepted(
    string ConversationId,
    string MessageId,
    string From,
    IReadOnlyList<string> To,
    DateTimeOffset SentAt,
    string? Subject,
    string Body,
    string Kind,
    bool NeedsReply,
    string Channel,
    string? InReplyTo,
    bool IsHistory = false);
