using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// One token bucket per API key, per account and, for anonymous requests, per client address; and one per tenant
/// over all its keys and accounts. A caller over a limit gets 429 problem details with Retry-After. The buckets are
/// shared by every Gateway replica (<see cref="SharedTokenBucket"/>), so adding replicas does not multiply a limit.
/// </summary>
public static class RateLimiting
{
    public static IHostApplicationBuilder AddCallerRateLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var forwardingKey = builder.Configuration[ForwardedClientAddress.KeySetting];
        builder.Services.AddSingleton<SharedBuckets>();
        builder.Services.AddHostedService<IdleBucketSweeper>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = new RefundingChainedLimiter<HttpContext>(
                PartitionedRateLimiter.Create<HttpContext, string>(context => CallerPartition(context, options, forwardingKey)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => TenantPartition(context, options)));
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
                        Detail = $"A request limit (this caller's or its tenant's) is reached; retry after {response.Headers.RetryAfter} seconds.",
                    },
                });
            };
        });
        return builder;
    }

    private static RateLimitPartition<string> CallerPartition(HttpContext context, RateLimitOptions options, string? forwardingKey)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(HostingExtensions.HealthEndpointPath) || path.StartsWithSegments(HostingExtensions.AlivenessEndpointPath))
        {
            return RateLimitPartition.GetNoLimiter("health");
        }

        if (context.User.FindFirst(PlatformIdentity.SubjectClaim)?.Value is { } subject)
        {
            return Shared(context, $"caller:{subject}", options.PerCallerPerMinute);
        }

        // Every portal user arrives from the portal's address: the browser's own address counts when the portal vouches
        // for it, in a bucket apart from direct requests, which cannot use up what the portal's visitors need.
        var forwarded = string.IsNullOrEmpty(forwardingKey)
            ? null
            : ForwardedClientAddress.Read(context.Request.Headers, forwardingKey, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var partition = forwarded is not null ? $"browser:{forwarded}" : $"address:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        return Shared(context, partition, options.AnonymousPerMinute);
    }

    private static RateLimitPartition<string> TenantPartition(HttpContext context, RateLimitOptions options) =>
        context.User.FindFirst(PlatformIdentity.TenantClaim)?.Value is { } tenant
            ? Shared(context, $"tenant:{tenant}", options.PerTenantPerMinute)
            : RateLimitPartition.GetNoLimiter("no tenant");

    private static RateLimitPartition<string> Shared(HttpContext context, string partition, int perMinute) =>
        RateLimitPartition.Get(partition, key =>
        {
            var services = context.RequestServices;
            return new SharedTokenBucket(
                services.GetRequiredService<SharedBuckets>(), key, perMinute, services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger<SharedTokenBucket>());
        });
}
