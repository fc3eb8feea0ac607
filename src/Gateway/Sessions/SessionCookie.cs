using Microsoft.AspNetCore.Authentication.Cookies;

namespace NetworkingPlatform.Gateway.Sessions;

/// <summary>The portal's session: an HttpOnly, SameSite=Lax cookie <c>np_session</c>, sliding 8 hours, kept server-side.</summary>
public static class SessionCookie
{
    public const string SchemeName = "Session";
    public const string CookieName = "np_session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static AuthenticationBuilder AddSessionCookie(this AuthenticationBuilder authentication)
    {
        authentication.AddCookie(SchemeName, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = Lifetime;
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Unauthorized.Write(context.HttpContext),
                OnRedirectToAccessDenied = context => ForbiddenProblem.Write(context.HttpContext),
                OnRedirectToLogout = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                    return Task.CompletedTask;
                },
            };
        });
        authentication.Services.AddOptions<CookieAuthenticationOptions>(SchemeName)
            .Configure<IDocumentStore, TimeProvider>((options, store, clock) => options.SessionStore = new MartenTicketStore(store, clock));
        return authentication;
    }
}
