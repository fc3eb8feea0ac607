using System.Security.Claims;

namespace NetworkingPlatform.Portal.Gateway;

/// <summary>
/// What the portal's own (data-protected) auth cookie carries: the Gateway account, and the Gateway's session cookie value,
/// which never reaches the browser in clear.
/// </summary>
public static class PortalClaims
{
    public const string Session = "np_session";
    public const string Tenant = "tenant";
    public const string Organisation = "organisation";
    public const string Member = "member";
    public const string Language = "language";

    public static ClaimsPrincipal For(AccountInfo account, string session, string scheme)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.AccountId),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Email, account.Email),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(Tenant, account.TenantId),
                new Claim(Organisation, account.OrganisationName),
                new Claim(Member, account.Member),
                new Claim(Language, account.Language ?? string.Empty),
                new Claim(Session, session),
            ],
            scheme,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    public static string? SessionOf(ClaimsPrincipal user) => user.FindFirstValue(Session);

    public static string? MemberOf(ClaimsPrincipal user) => user.FindFirstValue(Member);

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole("admin");
}
