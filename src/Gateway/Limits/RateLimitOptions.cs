namespace NetworkingPlatform.Gateway.Limits;

/// <summary>Requests per minute a caller may make, as a token bucket refilled every second (bursts up to the limit).</summary>
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
}
