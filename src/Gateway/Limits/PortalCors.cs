using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using NetworkingPlatform.Gateway.Authentication;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>Browsers may call the API from the portal's origin only (configuration <c>Cors:PortalOrigin</c>), with its cookie.</summary>
public static class PortalCors
{
    public const string OriginSetting = "Cors:PortalOrigin";

    public static IHostApplicationBuilder AddPortalCors(this IHostApplicationBuilder builder)
    {
        var origin = builder.Configuration[OriginSetting]?.TrimEnd('/');
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (!string.IsNullOrWhiteSpace(origin))
            {
                policy.WithOrigins(origin)
                    .AllowCredentials()
                    .WithMethods("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")
                    .WithHeaders("Content-Type", "Accept", "Accept-Language", "Idempotency-Key", ApiKeyAuthenticationHandler.HeaderName)
                    .WithExposedHeaders("Location", "Retry-After", "Idempotent-Replayed")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }
        }));
        return builder;
    }

    /// <summary>
    /// CORS, with <c>Vary: Origin</c> on every answer: whether CORS headers are present depends on the Origin sent,
    /// so a shared cache must not give one origin's answer to another.
    /// </summary>
    public static IApplicationBuilder UsePortalCors(this IApplicationBuilder app) => app
        .Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var vary = context.Response.Headers.Vary;
                if (!vary.Any(value => value?.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase) == true))
                {
                    context.Response.Headers.Vary = StringValues.Concat(vary, HeaderNames.Origin);
                }

                return Task.CompletedTask;
            });
            return next(context);
        })
        .UseCors();
}
