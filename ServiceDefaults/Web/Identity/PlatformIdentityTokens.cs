using Microsoft.IdentityModel.JsonWebTokens;

namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>
/// Signs the identity the services accept. The Gateway signs one for each request it forwards; a service calling
/// another on a member's behalf (a one-click answer, an introduction's first message) signs its own the same way.
/// </summary>
public static class PlatformIdentityTokens
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static string Issue(SecurityKey signingKey, IReadOnlyDictionary<string, object> claims, DateTime issuedAt, TimeSpan? lifetime = null) =>
        Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformIdentity.Issuer,
            Audience = PlatformIdentity.Audience,
            Claims = claims.ToDictionary(),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + (lifetime ?? PlatformIdentity.Lifetime),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>A service's own identity for a tenant, acting for <paramref name="member"/> when given.</summary>
    public static string IssueForService(SecurityKey signingKey, string tenantId, string service, string scopes, string? member, DateTime issuedAt)
    {
        var claims = new Dictionary<string, object>
        {
            [PlatformIdentity.TenantClaim] = tenantId,
            [PlatformIdentity.SubjectClaim] = service,
            [PlatformIdentity.ScopeClaim] = scopes,
        };
        if (member is not null)
        {
            claims[PlatformIdentity.MemberClaim] = member;
        }

        return Issue(signingKey, claims, issuedAt);
    }
}
