namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>An invitation to the tenant; <see cref="Token"/> only in the answer that created it.</summary>
public sealed record Invitation(string InvitationId, string Email, string Role, string? Token, DateTimeOffset ExpiresAt);
