namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>The identity the Gateway signs for the services: who calls, for which tenant, with which scopes.</summary>
public static class PlatformIdentity
{
    public const string Issuer = "networkingplatform-gateway";
    public const string Audience = "networkingplatform-services";
    public const string SigningKeySetting = "Identity:SigningKey";
    public const string TenantClaim = "tenant";
    public const string SubjectClaim = "sub";
    public const string ScopeClaim = "scope";
    public const string MemberClaim = "member";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int MinimumSigningKeyLength = 32;
}
