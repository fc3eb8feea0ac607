using System.Text.Encodings.Web;
using NetworkingPlatform.Gateway.ApiKeys;
using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Authentication;

/// <summary>
/// Authenticates integrations by the <c>X-Api-Key</c> header. Keys are read through <see cref="ApiKeyCache"/>, which
/// forgets a revoked key at once on every replica.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyCache keys,
    ApiKeyUsage usage)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeySecret.TryParse(header.ToString(), out var presented))
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var key = await keys.Find(presented.KeyId, Context.RequestAborted);
        if (key is null || key.IsRevoked || !presented.Matches(key.SecretHash))
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        await usage.Record(key, Context.RequestAborted);
        var identity = new ClaimsIdentity(
            [
                new Claim(PlatformIdentity.TenantClaim, key.TenantId),
                new Claim(PlatformIdentity.SubjectClaim, $"apikey:{key.Id}"),
                new Claim(PlatformIdentity.ScopeClaim, string.Join(' ', key.Scopes)),
                new Claim(SessionClaims.NameClaim, $"API key '{key.Name}'"),
            ],
            SchemeName,
            PlatformIdentity.SubjectClaim,
            ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Unauthorized.Write(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ForbiddenProblem.Write(Context);
}
