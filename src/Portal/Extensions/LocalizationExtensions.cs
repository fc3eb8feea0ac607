using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace NetworkingPlatform.Portal.Extensions;

/// <summary>Spanish and English; the browser's language first, then the visitor's own choice kept in a cookie.</summary>
public static class LocalizationExtensions
{
    public const string Spanish = "es";
    public const string English = "en";
    public static readonly IReadOnlyList<string> Supported = [Spanish, English];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
            // Latin America first: a browser that asks for neither language gets Spanish.
            options.DefaultRequestCulture = new RequestCulture(Spanish);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static WebApplication UsePortalLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    public static string Normalize(string? language) =>
        Supported.FirstOrDefault(supported => string.Equals(supported, language, StringComparison.OrdinalIgnoreCase)) ?? Spanish;

    public static void WriteCultureCookie(HttpResponse response, string language) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalize(language))),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
}
