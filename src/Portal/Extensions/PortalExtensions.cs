using Microsoft.AspNetCore.Authentication.Cookies;
using MudBlazor.Services;
using NetworkingPlatform.Portal.Account;
using NetworkingPlatform.Portal.Components;
using NetworkingPlatform.Portal.Gateway;
using NetworkingPlatform.Portal.Security;
using NetworkingPlatform.ServiceDefaults;
using NetworkingPlatform.ServiceDefaults.Requests;

namespace NetworkingPlatform.Portal.Extensions;

public static class PortalExtensions
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddPortalLocalization();
        builder.Services.AddGatewayClients(builder.Configuration);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignInHandoff>();
        builder.Services
            .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "np_portal";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = AccountEndpoints.SignInPage;
                options.AccessDeniedPath = "/";
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // The portal's own pages may pass a referrer among themselves (Blazor's posts carry their origin), never to other sites.
        app.UseSecurityHeaders(PortalContentSecurityPolicy.For, referrerPolicy: "same-origin");
        app.UsePortalLocalization();
        app.UseServiceDefaults();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapCultureEndpoint();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
