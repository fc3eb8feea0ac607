using NetworkingPlatform.Gateway.Accounts;

namespace NetworkingPlatform.Gateway.Sessions;

/// <summary>The claims of a signed-in account: what the services receive (tenant, member, scopes) plus the session's id.</summary>
public static class SessionClaims
{
    public const string AccountPrefix = "account:";
    public const string SessionIdClaim = "sid";
    public const string NameClaim = "name";

    public static ClaimsPrincipal For(Account account) => new(new ClaimsIdentity(
        [
            new Claim(PlatformIdentity.TenantClaim, account.TenantId),
            new Claim(PlatformIdentity.SubjectClaim, AccountPrefix + account.Id),
            new Claim(PlatformIdentity.MemberClaim, account.Member),
            new Claim(PlatformIdentity.ScopeClaim, AccountRoles.ScopesOf(account.Role)),
            new Claim(NameClaim, account.Email),
            new Claim(SessionIdClaim, Guid.NewGuid().ToString("N")),
        ],
        SessionCookie.SchemeName,
        PlatformIdentity.SubjectClaim,
        ClaimTypes.Role));

    public static string? AccountId(ClaimsPrincipal principal) =>
        principal.FindFirst(PlatformIdentity.SubjectClaim)?.Value is { } subject && subject.StartsWith(AccountPrefix, StringComparison.Ordinal)
            ? subject[AccountPrefix.Length..]
            : null;

    public static string? SessionId(ClaimsPrincipal principal) => principal.FindFirst(SessionIdClaim)?.Value;
}
