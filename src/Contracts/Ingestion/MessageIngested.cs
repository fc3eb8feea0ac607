namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>A message between members was taken in, classified and committed by Ingestion.</summary>
public sealed record MessageIngested(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
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
    string? InReplyTo) : IIntegrationEvent;
