namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>
/// A connection invitation from <see cref="From"/> to <see cref="To"/>. Until <see cref="AcceptedAt"/> is set it is
/// pending, and a reply is owed by <see cref="To"/>. <see cref="InvitationId"/> is stable for the same invitation.
/// </summary>
public sealed record InvitationIngested(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string InvitationId,
    string From,
    string To,
    DateTimeOffset SentAt,
    string? Message,
    string Channel,
    DateTimeOffset? AcceptedAt) : IIntegrationEvent;
