using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.Authentication;

/// <summary>Signs the short-lived identity the services accept: tenant, subject and scopes of the authenticated caller.</summary>
public sealed class ServiceIdentityIssuer(IConfiguration configuration, TimeProvider clock)
{
    private readonly SecurityKey signingKey = GatewayIdentityExtensions.SigningKey(configuration);

    public string Issue(ClaimsPrincipal caller)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var type in new[] { PlatformIdentity.TenantClaim, PlatformIdentity.SubjectClaim, PlatformIdentity.ScopeClaim, PlatformIdentity.MemberClaim })
        {
            if (caller.FindFirst(type)?.Value is { } value)
            {
                claims[type] = value;
            }
        }

        return PlatformIdentityTokens.Issue(signingKey, claims, now);
    }
}
