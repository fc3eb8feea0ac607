using System.Threading.RateLimiting;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// The caller's limit, then its tenant's, as one: a request the second refuses gives the first its token back.
/// PartitionedRateLimiter.CreateChained keeps it, so each refusal of a busy tenant, and each time a replica's slice was
/// still on its way, cost the caller a token of its own limit for a request that never ran.
/// </summary>
public sealed class RefundingChainedLimiter<TResource>(PartitionedRateLimiter<TResource> first, PartitionedRateLimiter<TResource> second)
    : PartitionedRateLimiter<TResource>
{
    public override RateLimiterStatistics? GetStatistics(TResource resource)
    {
        var ofFirst = first.GetStatistics(resource);
        var ofSecond = second.GetStatistics(resource);
        if (ofFirst is null || ofSecond is null)
        {
            return ofFirst ?? ofSecond;
        }

        return new RateLimiterStatistics
        {
            CurrentAvailablePermits = Math.Min(ofFirst.CurrentAvailablePermits, ofSecond.CurrentAvailablePermits),
            CurrentQueuedCount = ofFirst.CurrentQueuedCount + ofSecond.CurrentQueuedCount,
            TotalFailedLeases = ofFirst.TotalFailedLeases + ofSecond.TotalFailedLeases,
            TotalSuccessfulLeases = Math.Min(ofFirst.TotalSuccessfulLeases, ofSecond.TotalSuccessfulLeases),
        };
    }

    protected override RateLimitLease AttemptAcquireCore(TResource resource, int permitCount)
    {
        var lease = first.AttemptAcquire(resource, permitCount);
        return lease.IsAcquired ? Both(lease, second.AttemptAcquire(resource, permitCount)) : lease;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(TResource resource, int permitCount, CancellationToken cancellationToken)
    {
        var lease = await first.AcquireAsync(resource, permitCount, cancellationToken);
        if (!lease.IsAcquired)
        {
            return lease;
        }

        try
        {
            return Both(lease, await second.AcquireAsync(resource, permitCount, cancellationToken));
        }
        catch
        {
            Refund(lease);
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            first.Dispose();
            second.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>The second's lease answers for both: a token bucket's lease holds nothing to release.</summary>
    private static RateLimitLease Both(RateLimitLease firstLease, RateLimitLease secondLease)
    {
        if (!secondLease.IsAcquired)
        {
            Refund(firstLease);
        }
        else
        {
            firstLease.Dispose();
        }

        return secondLease;
    }

    private static void Refund(RateLimitLease lease)
    {
        (lease as BucketLease)?.GiveBack();
        lease.Dispose();
    }
}
