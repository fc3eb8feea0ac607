namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>
/// A connection invitation from <see cref="From"/> to <see cref="To"/>. Until <see cref="AcceptedAt"/> is set it is
/// pending, and a reply is owed by <see cref="To"/>. <see cref="InvitationId"/> is stable for the same invitation.
/// <see cref="IsHistory"/> and <see cref="IsAcceptanceHistory"/> say whether sending it and accepting it are history
/// (see <see cref="MessageIngested.IsHistory"/>); <see cref="ImportId"/> names the import that brought it.
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
    DateTimeOffset? AcceptedAt,
    bool IsHistory = false,
    bool IsAcceptanceHistory = false,
    string? ImportId = null) : IIntegrationEvent;
