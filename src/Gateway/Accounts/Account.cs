namespace NetworkingPlatform.Gateway.Accounts;

/// <summary>A person who signs in to the portal: one tenant, one member handle, a role. Only a hash of the password is kept.</summary>
public sealed class Account
{
    public string Id { get; set; } = string.Empty;
    public string TenantId { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string DisplayName { get; set; } = string.Empty;
    public string Member { get; set; } = string.Empty;
    public string Role { get; set; } = AccountRoles.Member;
    public string Language { get; set; } = "es";
    public string? TimeZone { get; set; }
    public string PasswordHash { get; set; } = string.Empty;
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
