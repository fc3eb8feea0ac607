using System.Threading.RateLimiting;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// One caller's limit on this replica, drawn from the bucket every replica shares (<see cref="SharedBuckets"/>): a
/// request spends a token this replica already holds, and only when its slice (a twentieth of the limit) runs low does
/// the replica take the next one from PostgreSQL, in the background while half the slice is left. So a busy caller costs
/// a database round trip every few dozen requests, rarely one a request waits for, and however its requests are spread
/// over the replicas it gets its limit, plus at most the slice each of the others still holds. A request refused at
/// once while the next slice is on its way waits for it (the middleware's second, waiting attempt); a later limit
/// refusing the request gives the token back (<see cref="RefundingChainedLimiter{TResource}"/>).
/// A bucket the database does not answer for falls back for <see cref="FallbackFor"/> to a bucket of this replica's own
/// with the whole limit, as every replica had before they shared: callers are not refused because PostgreSQL is away.
/// </summary>
public sealed class SharedTokenBucket : RateLimiter
{
    public const int SlicesPerLimit = 20;
    public static readonly TimeSpan FallbackFor = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TakeTimeout = TimeSpan.FromSeconds(2);

    private readonly SharedBuckets buckets;
    private readonly string bucket;
    private readonly int capacity;
    private readonly double perSecond;
    private readonly int slice;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private int held;
    private double sharedLeft;
    private DateTimeOffset emptyUntil;
    private DateTimeOffset fallbackUntil;
    private TokenBucketRateLimiter? fallback;
    private Task? taking;
    private long lastUsedTimestamp;
    private bool disposed;

    public SharedTokenBucket(SharedBuckets buckets, string partition, int perMinute, TimeProvider clock, ILogger logger)
    {
        this.buckets = buckets;
        capacity = Math.Max(1, perMinute);
        perSecond = RateLimitOptions.PerSecond(capacity);
        // A changed limit is a bucket of its own: replicas configured differently, mid-rollout, never fight over one row.
        bucket = $"{partition}|{capacity}/min";
        slice = Math.Max(1, capacity / SlicesPerLimit);
        sharedLeft = capacity;
        this.clock = clock;
        this.logger = logger;
        lastUsedTimestamp = clock.GetTimestamp();
    }

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref lastUsedTimestamp));

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            if (InFallback(clock.GetUtcNow()))
            {
                return fallback!.GetStatistics();
            }

            return new RateLimiterStatistics { CurrentAvailablePermits = held + (long)Math.Floor(sharedLeft) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Interlocked.Exchange(ref lastUsedTimestamp, clock.GetTimestamp());
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (InFallback(now))
            {
                return fallback!.AttemptAcquire(permitCount);
            }

            if (held < permitCount)
            {
                return BucketLease.Refused(RetryAfter(now));
            }

            held -= permitCount;
            TakeAheadIfLow(now);
            return BucketLease.Granted(() => GiveBack(permitCount));
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var first = AttemptAcquireCore(permitCount);
        if (first.IsAcquired)
        {
            return first;
        }

        Task next;
        lock (gate)
        {
            if (clock.GetUtcNow() < emptyUntil)
            {
                return first;
            }

            next = taking ??= TakeSlice();
        }

        await next.WaitAsync(cancellationToken);
        return AttemptAcquireCore(permitCount);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (gate)
            {
                disposed = true;
                fallback?.Dispose();
                fallback = null;
            }
        }

        base.Dispose(disposing);
    }

    private void GiveBack(int permitCount)
    {
        lock (gate)
        {
            held += permitCount;
        }
    }

    /// <summary>Takes the next slice before this one is spent, so requests seldom wait for the database.</summary>
    private void TakeAheadIfLow(DateTimeOffset now)
    {
        if (held < (slice + 1) / 2 && taking is null && now >= emptyUntil)
        {
            taking = TakeSlice();
        }
    }

    private async Task TakeSlice()
    {
        // Runs outside the caller's lock and request: a cancelled request must not cancel what others wait for.
        await Task.Yield();
        try
        {
            using var timeout = new CancellationTokenSource(TakeTimeout);
            var (granted, left) = await buckets.Take(bucket, capacity, perSecond, slice, timeout.Token);
            lock (gate)
            {
                held += granted;
                sharedLeft = left;
                // Empty: nobody asks the database again before it holds a token.
                emptyUntil = granted == 0 ? clock.GetUtcNow() + TimeSpan.FromSeconds((1 - left) / perSecond) : default;
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "The shared rate limit bucket {Bucket} could not be read; this replica limits it alone for {Fallback}.", bucket, FallbackFor);
            lock (gate)
            {
                if (!disposed)
                {
                    fallback ??= new TokenBucketRateLimiter(LocalOptions());
                    fallbackUntil = clock.GetUtcNow() + FallbackFor;
                }
            }
        }
        finally
        {
            lock (gate)
            {
                taking = null;
            }
        }
    }

    private bool InFallback(DateTimeOffset now) => fallback is not null && now < fallbackUntil;

    private TimeSpan RetryAfter(DateTimeOffset now) =>
        emptyUntil > now ? emptyUntil - now : TimeSpan.FromSeconds(Math.Max(0, 1 - sharedLeft) / perSecond);

    private TokenBucketRateLimiterOptions LocalOptions() => new()
    {
        TokenLimit = capacity,
        // A limit under 60 a minute refills one token at a time, less often than every second.
        TokensPerPeriod = perSecond >= 1 ? (int)perSecond : 1,
        ReplenishmentPeriod = perSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1 / perSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
