using System.Text;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.TestServers;

/// <summary>Signs identities the way the Gateway does, to call a service directly in its functional tests.</summary>
public static class GatewayIdentityTokens
{
    public static string Issue(string signingKey, string tenantId, string scopes = "read write", TimeSpan? lifetime = null, DateTime? issuedAt = null)
    {
        var claims = new Dictionary<string, object>
        {
            [PlatformIdentity.TenantClaim] = tenantId,
            [PlatformIdentity.SubjectClaim] = "test",
            [PlatformIdentity.ScopeClaim] = scopes,
        };
        return PlatformIdentityTokens.Issue(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), claims, issuedAt ?? DateTime.UtcNow, lifetime);
    }
}
