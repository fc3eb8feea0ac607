using Marten.Linq.LastModified;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// Keeps this node's index in step with what other replicas commit, should it miss their announcements
/// (<see cref="IndexListener"/>, the fast way): it rereads the opportunities whose rows changed since the last look (by
/// the database's own modification time, with a margin for transactions that committed late). Putting an opportunity
/// twice is harmless, so overlapping windows cost nothing but work.
/// </summary>
public sealed class IndexFollower(IDocumentStore store, OpportunityIndex index, TimeProvider clock, IOptions<MatchingOptions> options, ILogger<IndexFollower> logger)
    : BackgroundService
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var since = clock.GetUtcNow() - Margin;
        await index.WhenReady(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.IndexFollowInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                since = await Follow(since, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Following opportunity changes failed; the next tick tries again");
            }
        }
    }

    private async Task<DateTimeOffset> Follow(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var next = clock.GetUtcNow() - Margin;
        await using var session = store.QuerySession();
        var changed = await session.Query<Opportunity>()
            .Where(opportunity => opportunity.AnyTenant() && opportunity.ModifiedSince(since))
            .ToListAsync(cancellationToken);
        Apply(index, changed);
        return next;
    }

    /// <summary>Puts the open opportunities into their tenants' indexes and takes the others out, as they are stored now.</summary>
    public static void Apply(OpportunityIndex index, IEnumerable<Opportunity> changed)
    {
        var touched = new HashSet<TenantIndex>();
        foreach (var opportunity in changed)
        {
            var tenant = index.For(opportunity.TenantId!);
            if (opportunity.IsOpen)
            {
                if (tenant.Put(Candidate.From(opportunity), refresh: false))
                {
                    touched.Add(tenant);
                }
            }
            else
            {
                tenant.Remove(opportunity.Id);
            }
        }

        foreach (var tenant in touched)
        {
            tenant.Refresh();
        }
    }
}
