using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NetworkingPlatform.Portal.Extensions;
using NetworkingPlatform.Portal.Gateway;

namespace NetworkingPlatform.Portal.Account;

/// <summary>The requests that set or clear the portal's cookie: finishing a sign-in, signing out, an expired session.</summary>
public static class AccountEndpoints
{
    public const string SignInPage = "/account/sign-in";
    public const string CompletePath = "/account/complete";
    public const string SignOutPath = "/account/sign-out";
    public const string ExpiredPath = "/account/expired";

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapGet(CompletePath, async (string? code, string? returnUrl, HttpContext context, SignInHandoff handoff) =>
        {
            if (code is null || handoff.Take(code) is not { } signedIn)
            {
                return Results.LocalRedirect(SignInPage);
            }

            var principal = PortalClaims.For(signedIn.Account, signedIn.Session, CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            if (!string.IsNullOrEmpty(signedIn.Account.Language))
            {
                LocalizationExtensions.WriteCultureCookie(context.Response, signedIn.Account.Language);
            }

            return Results.LocalRedirect(CultureEndpoint.LocalReturnUrl(returnUrl));
        }).AllowAnonymous();

        app.MapPost(SignOutPath, async (HttpContext context, AccountGateway accounts, CancellationToken cancellationToken) =>
        {
            if (PortalClaims.SessionOf(context.User) is { } session)
            {
                await accounts.SignOut(session, cancellationToken);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(SignInPage);
        });

        app.MapGet(ExpiredPath, async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect($"{SignInPage}?expired=true");
        }).AllowAnonymous();
        return app;
    }
}
