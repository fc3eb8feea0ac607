using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkingPlatform.Gateway.Limits;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

/// <summary>The caller's limit and its tenant's, chained, on the buckets every replica shares in PostgreSQL.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ChainedLimitTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int CallerPerMinute = 30;
    private GatewayHarness harness = null!;

    public async Task InitializeAsync() => harness = await GatewayHarness.Start(infrastructure);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_request_its_tenant_refuses_costs_the_caller_nothing()
    {
        var buckets = harness.Gateway.Services.GetRequiredService<SharedBuckets>();
        var caller = Bucket(buckets, "caller", CallerPerMinute);
        using var chain = new RefundingChainedLimiter<string>(OnePartition(caller), OnePartition(Bucket(buckets, "tenant", 1)));

        var admitted = new List<bool>();
        for (var i = 0; i < CallerPerMinute; i++)
        {
            // As the middleware asks: at once, and if refused, waiting for the replica's next slice.
            using var attempt = chain.AttemptAcquire("request");
            using var lease = attempt.IsAcquired ? null : await chain.AcquireAsync("request");
            admitted.Add(attempt.IsAcquired || lease!.IsAcquired);
        }

        // The tenant's one token a minute let the first through; the caller paid for that one only.
        Assert.Equal([true, .. Enumerable.Repeat(false, CallerPerMinute - 1)], admitted);
        var ownAfterwards = 0;
        for (var i = 0; i < CallerPerMinute - 1; i++)
        {
            using var lease = await caller.AcquireAsync();
            ownAfterwards += lease.IsAcquired ? 1 : 0;
        }

        Assert.Equal(CallerPerMinute - 1, ownAfterwards);
    }

    private static SharedTokenBucket Bucket(SharedBuckets buckets, string kind, int perMinute) =>
        new(buckets, $"{kind}:{Guid.NewGuid():N}", perMinute, TimeProvider.System, NullLogger.Instance);

    private static PartitionedRateLimiter<string> OnePartition(RateLimiter limiter) =>
        PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.Get("one", _ => limiter));
}
