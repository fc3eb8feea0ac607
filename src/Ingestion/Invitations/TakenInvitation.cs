namespace NetworkingPlatform.Ingestion.Invitations;

/// <summary>An invitation as Ingestion keeps it; pending while <see cref="AcceptedAt"/> is null.</summary>
public sealed record TakenInvitation(
    string InvitationId,
    string From,
    string To,
    DateTimeOffset SentAt,
    string? Message,
    string Channel,
    DateTimeOffset? AcceptedAt);
