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
}
