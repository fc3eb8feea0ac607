namespace NetworkingPlatform.Gateway.Invitations;

/// <summary>An admin's invitation to join the tenant. Only a hash of its token is kept; the token is shown once.</summary>
public sealed class Invitation
{
    public string Id { get; set; } = string.Empty;
    public string TenantId { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string TokenHash { get; set; } = string.Empty;
    public string InvitedBy { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }

    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);
}
