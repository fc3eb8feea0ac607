namespace NetworkingPlatform.Ingestion.Invitations.IngestingInvitation;

public sealed record IngestInvitationResponse(string InvitationId, bool Pending, bool Duplicate);
