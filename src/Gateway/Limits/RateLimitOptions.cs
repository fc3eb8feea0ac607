namespace NetworkingPlatform.Gateway.Limits;

/// <summary>Requests per minute a caller may make, as a token bucket refilled continuously (bursts up to the limit).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Per API key and per signed-in account.</summary>
    public int PerCallerPerMinute { get; set; } = 1200;

    /// <summary>
    /// Per tenant, all its keys and accounts together, so that minting keys does not multiply the limit. 1,000 a second
    /// by default: an integration sending a few hundred a second is never refused.
    /// </summary>
    public int PerTenantPerMinute { get; set; } = 60_000;

    /// <summary>
    /// Per client address for anonymous requests (sign-up, sign-in, accepting invitations, one-click answers): the
    /// browser's address when the portal forwards it signed (<see cref="ServiceDefaults.Identity.ForwardedClientAddress"/>).
    /// </summary>
    public int AnonymousPerMinute { get; set; } = 120;

    /// <summary>The refill of a bucket holding a minute's limit: a sixtieth of it a second, so a minute fills it.</summary>
    public static double PerSecond(int perMinute) => Math.Max(1, perMinute) / 60.0;
}
