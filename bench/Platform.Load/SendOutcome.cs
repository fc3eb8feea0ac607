using System.Net;

namespace NetworkingPlatform.Platform.Load;

/// <summary>How a careful client's request ended: its last answer, after how many attempts, and when.</summary>
public sealed record SendOutcome(HttpStatusCode? Status, string Body, int Attempts, TimeSpan Elapsed, bool Replayed, string? LastError)
{
    public bool Succeeded => Status is { } status && (int)status is >= 200 and < 300;

    /// <summary>The client stopped retrying: a 5xx, 409, 429 or a connection error until its deadline.</summary>
    public bool GaveUp => !Succeeded && !Refused;

    /// <summary>A 4xx that retrying cannot change: the request itself was refused.</summary>
    public bool Refused => Status is { } status && (int)status is >= 400 and < 500 && !CarefulSender.IsRetryable(status);
}
