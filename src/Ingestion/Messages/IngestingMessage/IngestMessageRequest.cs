namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

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
    string? InReplyTo);
