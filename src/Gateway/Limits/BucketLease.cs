using System.Threading.RateLimiting;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// Tokens spent, which return only by refilling unless a later limit refuses the same request
/// (<see cref="RefundingChainedLimiter{TResource}"/>); or a refusal saying when to retry.
/// </summary>
public sealed class BucketLease : RateLimitLease
{
    private readonly TimeSpan? retryAfter;
    private Action? giveBack;

    private BucketLease(bool acquired, TimeSpan? retryAfter, Action? giveBack)
    {
        IsAcquired = acquired;
        this.retryAfter = retryAfter;
        this.giveBack = giveBack;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static BucketLease Granted(Action giveBack) => new(true, null, giveBack);

    public static BucketLease Refused(TimeSpan retryAfter) => new(false, retryAfter, null);

    /// <summary>Returns the tokens to where they were taken from, once however often it is called.</summary>
    public void GiveBack() => Interlocked.Exchange(ref giveBack, null)?.Invoke();

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }
}
