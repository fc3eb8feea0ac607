namespace NetworkingPlatform.Ingestion.Invitations;

/// <summary>
/// An invitation as Ingestion keeps it; pending while <see cref="AcceptedAt"/> is null. Sending and accepting it are each
/// history or live (see <see cref="History.HistoryRule"/>).
/// </summary>
public sealed record TakenInvitation(
    string InvitationId,
    string From,
    string To,
    DateTimeOffset SentAt,
    string? Message,
    string Channel,
    DateTimeOffset? AcceptedAt,
    bool IsHistory = false,
    bool IsAcceptanceHistory = false);
