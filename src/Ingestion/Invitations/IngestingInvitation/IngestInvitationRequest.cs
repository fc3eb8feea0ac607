namespace NetworkingPlatform.Ingestion.Invitations.IngestingInvitation;

public sealed record IngestInvitationRequest(
    string? InvitationId,
    string? From,
    string? To,
    DateTimeOffset? SentAt,
    string? Message,
    string? Channel,
    DateTimeOffset? AcceptedAt);
