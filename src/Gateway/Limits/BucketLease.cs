using System.Threading.RateLimiting;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>A token spent (nothing to give back: tokens return only by refilling), or a refusal saying when to retry.</summary>
public sealed class BucketLease : RateLimitLease
{
    public static readonly BucketLease Granted = new(true, null);

    private readonly TimeSpan? retryAfter;

    private BucketLease(bool acquired, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        this.retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static BucketLease Refused(TimeSpan retryAfter) => new(false, retryAfter);

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
