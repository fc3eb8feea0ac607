namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>
/// A message between members was taken in, classified and committed by Ingestion. <see cref="IsHistory"/>: it was
/// taken in as history (an import, a declared backfill, or sent longer ago than the freshness bound when it arrived), to
/// be recorded like any message but never to set off nudges, notifications, emails or webhooks. <see cref="ImportId"/>
/// names the import that brought it.
/// </summary>
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
    string? InReplyTo,
    bool IsHistory = false,
    string? ImportId = null) : IIntegrationEvent;
