namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>An invitation to send (POST /api/v1/tenant/invitations).</summary>
public sealed record InvitationRequest(string? Email, string Role);
