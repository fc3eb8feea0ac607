namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

/// <param name="FromName">The sender's name, for the directory of people (optional).</param>
/// <param name="ToNames">The recipients' names, in the order of <see cref="To"/> (optional; an entry may be null).</param>
public sealed record IngestMessageRequest(
    string? ConversationId,
    string? MessageId,
    string? From,
    IReadOnlyList<string>? To,
    DateTimeOffset? SentAt,
    string? Subject,
    string? Body,
    string? Kind,
    string? Channel,
    string? InReplyTo,
    string? FromName = null,
    IReadOnlyList<string?>? ToNames = null);
