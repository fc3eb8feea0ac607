using Microsoft.IdentityModel.Tokens;

namespace NetworkingPlatform.Gateway.Authentication;

/// <summary>
/// Signs the short-lived identity the services accept: tenant, subject, member and scopes of the authenticated caller.
/// A caller's token is reused for <see cref="ReuseFor"/> of its five minutes: a busy integration's requests then share
/// one signature here, and one validation in each service, which keeps what it validated while the token lives.
/// </summary>
public sealed class ServiceIdentityIssuer(IConfiguration configuration, TimeProvider clock)
{
    public static readonly TimeSpan ReuseFor = TimeSpan.FromMinutes(1);
    private const int MaxCallersKept = 10_000;
    private static readonly string[] ClaimTypes = [PlatformIdentity.TenantClaim, PlatformIdentity.SubjectClaim, PlatformIdentity.ScopeClaim, PlatformIdentity.MemberClaim];
    private readonly SecurityKey signingKey = GatewayIdentityExtensions.SigningKey(configuration);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset IssuedAt)> issued = new(StringComparer.Ordinal);

    public string Issue(ClaimsPrincipal caller)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var type in ClaimTypes)
        {
            if (caller.FindFirst(type)?.Value is { } value)
            {
                claims[type] = value;
            }
        }

        var now = clock.GetUtcNow();
        var identity = string.Join('\n', ClaimTypes.Select(type => claims.GetValueOrDefault(type)));
        if (issued.TryGetValue(identity, out var known) && now - known.IssuedAt < ReuseFor && now >= known.IssuedAt)
        {
            return known.Token;
        }

        var token = PlatformIdentityTokens.Issue(signingKey, claims, now.UtcDateTime);
        if (issued.Count >= MaxCallersKept)
        {
            issued.Clear();
        }

        issued[identity] = (token, now);
        return token;
    }
}
