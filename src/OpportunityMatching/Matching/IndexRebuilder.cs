using System.Diagnostics;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// Fills the in-memory index from Marten at start: every open opportunity of every tenant, read in one statement, so
/// the index has read every opportunity committed before it is ready. Matching waits for it; the readiness check
/// (/health) reports it, so a restarted replica is not ready before it caught up.
/// </summary>
public sealed class IndexRebuilder(IDocumentStore store, OpportunityIndex index, IndexListener listener, ILogger<IndexRebuilder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var elapsed = Stopwatch.StartNew();
        // What commits after the rebuild's read is announced to a listener that already listens: nothing falls between.
        await listener.WhenListening(stoppingToken);
        var count = await Rebuild(store, index, stoppingToken);
        index.MarkReady();
        logger.LogInformation("Matching index ready: {Count} open opportunities in {Elapsed} ms", count, elapsed.ElapsedMilliseconds);
    }

    /// <summary>Reads in one stream and analyses on every core: analysis, not reading, is the slow part.</summary>
    public static async Task<int> Rebuild(IDocumentStore store, OpportunityIndex index, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var count = 0;
        var touched = new ConcurrentDictionary<TenantIndex, bool>();
        var open = session.Query<Opportunity>()
            .Where(opportunity => opportunity.AnyTenant() && opportunity.IsOpen)
            .ToAsyncEnumerable(cancellationToken);
        await Parallel.ForEachAsync(open, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            (opportunity, _) =>
            {
                var tenant = index.For(opportunity.TenantId!);
                tenant.Put(Candidate.From(opportunity), refresh: false);
                touched.TryAdd(tenant, true);
                Interlocked.Increment(ref count);
                return ValueTask.CompletedTask;
            });
        foreach (var tenant in touched.Keys)
        {
            tenant.Refresh();
        }

        return count;
    }
}
