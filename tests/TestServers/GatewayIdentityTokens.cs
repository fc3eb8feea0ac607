using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.TestServers;

/// <summary>Signs identities the way the Gateway does, to call a service directly in its functional tests.</summary>
public static class GatewayIdentityTokens
{
    public static string Issue(string signingKey, string tenantId, string scopes = "read write", TimeSpan? lifetime = null, DateTime? issuedAt = null)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = PlatformIdentity.Issuer,
            Audience = PlatformIdentity.Audience,
            Claims = new Dictionary<string, object>
            {
                [PlatformIdentity.TenantClaim] = tenantId,
                [PlatformIdentity.SubjectClaim] = "test",
                [PlatformIdentity.ScopeClaim] = scopes,
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? PlatformIdentity.Lifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
