using NetworkingPlatform.Portal.Gateway;

namespace NetworkingPlatform.Portal.Extensions;

/// <summary>The language switch: keeps the choice in the culture cookie (and the account, when signed in), then goes back.</summary>
public static class CultureEndpoint
{
    public const string Path = "/culture";

    public static WebApplication MapCultureEndpoint(this WebApplication app)
    {
        app.MapGet(Path, async (string? language, string? returnUrl, HttpContext context, AccountGateway accounts, CancellationToken cancellationToken) =>
        {
            var chosen = LocalizationExtensions.Normalize(language);
            LocalizationExtensions.WriteCultureCookie(context.Response, chosen);
            if (context.User.Identity?.IsAuthenticated == true && PortalClaims.SessionOf(context.User) is { } session)
            {
                await accounts.SetLanguage(session, chosen, cancellationToken);
            }

            return Results.LocalRedirect(LocalReturnUrl(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    public static string LocalReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
