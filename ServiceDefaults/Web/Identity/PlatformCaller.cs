using System.Security.Claims;

namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>The verified caller of a service endpoint; bind it as an endpoint parameter.</summary>
public sealed record PlatformCaller(string TenantId, string Subject, string? Member, IReadOnlySet<string> Scopes)
{
    public static PlatformCaller From(ClaimsPrincipal principal)
    {
        var tenant = principal.FindFirstValue(PlatformIdentity.TenantClaim)
            ?? throw new InvalidOperationException("The caller carries no tenant: the endpoint is missing its authorization.");
        var scopes = (principal.FindFirstValue(PlatformIdentity.ScopeClaim) ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        return new PlatformCaller(
            tenant,
            principal.FindFirstValue(PlatformIdentity.SubjectClaim) ?? string.Empty,
            principal.FindFirstValue(PlatformIdentity.MemberClaim),
            scopes);
    }

    public static ValueTask<PlatformCaller?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<PlatformCaller?>(From(context.User));
}
