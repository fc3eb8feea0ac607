using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using NetworkingPlatform.ServiceDefaults;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// One token bucket per API key, per account and, for anonymous requests, per client address. A caller over its
/// limit gets 429 problem details with Retry-After.
/// </summary>
public static class RateLimiting
{
    public static IHostApplicationBuilder AddCallerRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This caller's limit is reached; retry after {response.Headers.RetryAfter} seconds.",
                    },
                });
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(HostingExtensions.HealthEndpointPath) || path.StartsWithSegments(HostingExtensions.AlivenessEndpointPath))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        if (context.User.FindFirst(PlatformIdentity.SubjectClaim)?.Value is { } subject)
        {
            return RateLimitPartition.GetTokenBucketLimiter(subject, _ => Bucket(options.PerCallerPerMinute));
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter($"address:{address}", _ => Bucket(options.AnonymousPerMinute));
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = Math.Max(1, perMinute),
        TokensPerPeriod = Math.Max(1, perMinute / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
