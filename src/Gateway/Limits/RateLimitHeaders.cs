using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> (IETF httpapi draft) on every answer,
/// refusals included, read from whatever limiter the Gateway runs: a client sees its budget before it meets a 429.
/// </summary>
public static class RateLimitHeaders
{
    public const string Limit = "RateLimit-Limit";
    public const string Remaining = "RateLimit-Remaining";
    public const string Reset = "RateLimit-Reset";

    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IConfiguration>().GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var limiter = app.ApplicationServices.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter;
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, limiter, options);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void Apply(HttpContext context, PartitionedRateLimiter<HttpContext>? limiter, RateLimitOptions options)
    {
        if (limiter?.GetStatistics(context) is not { } statistics)
        {
            return;
        }

        var limit = context.User.HasClaim(claim => claim.Type == PlatformIdentity.SubjectClaim) ? options.PerCallerPerMinute : options.AnonymousPerMinute;
        var remaining = Math.Clamp(statistics.CurrentAvailablePermits, 0, limit);
        // A minute refills the whole limit: seconds until the bucket is full again.
        var reset = (long)Math.Ceiling((limit - remaining) * 60.0 / Math.Max(1, limit));
        var headers = context.Response.Headers;
        headers[Limit] = limit.ToString(CultureInfo.InvariantCulture);
        headers[Remaining] = remaining.ToString(CultureInfo.InvariantCulture);
        headers[Reset] = reset.ToString(CultureInfo.InvariantCulture);
    }
}
