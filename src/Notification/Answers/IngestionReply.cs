namespace NetworkingPlatform.Notification.Answers;

/// <summary>The body of Ingestion's POST /api/v1/messages, as far as a one-click answer fills it.</summary>
public sealed record IngestionReply(
    string ConversationId, string MessageId, string From, IReadOnlyList<string> To, DateTimeOffset SentAt, string Body, string Channel, string Kind);
