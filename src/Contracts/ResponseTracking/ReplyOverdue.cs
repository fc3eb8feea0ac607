namespace NetworkingPlatform.Contracts.ResponseTracking;

/// <summary>
/// <see cref="Member"/> has not answered, by their promised <see cref="Deadline"/>, the reply-needing message that
/// <see cref="WaitingMember"/> sent them. Published once per conversation, member and deadline. <see cref="IsHistory"/>:
/// every message the member owes an answer to was taken in as history, so nobody is to be nudged about it.
/// </summary>
public sealed record ReplyOverdue(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string ConversationId,
    string Member,
    string WaitingMember,
    string MessageId,
    string Kind,
    string Excerpt,
    DateTimeOffset WaitingSince,
    DateTimeOffset Deadline,
    bool IsHistory = false) : IIntegrationEvent;
