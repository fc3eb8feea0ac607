namespace NetworkingPlatform.Gateway.Limits;

/// <summary>Requests per minute a caller may make, as a token bucket refilled every second (bursts up to the limit).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Per API key and per signed-in account.</summary>
    public int PerCallerPerMinute { get; set; } = 1200;

    /// <summary>Per client address for anonymous requests (sign-up, sign-in, accepting invitations, one-click answers).</summary>
    public int AnonymousPerMinute { get; set; } = 120;
}
