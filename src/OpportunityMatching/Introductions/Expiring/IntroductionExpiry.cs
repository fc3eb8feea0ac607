using JasperFx;
using NetworkingPlatform.OpportunityMatching.Matching;

namespace NetworkingPlatform.OpportunityMatching.Introductions.Expiring;

/// <summary>
/// Expires introductions nobody finished answering in time. It ticks on the injected <see cref="TimeProvider"/>,
/// so tests move time instead of waiting. Several replicas may sweep at once: a lost race is a concurrency
/// conflict, and the introduction is already expired by the winner.
/// </summary>
public sealed class IntroductionExpiry(IDocumentStore store, TimeProvider clock, IOptions<MatchingOptions> options, ILogger<IntroductionExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpirySweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Sweep(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Expiring introductions failed; the next sweep tries again");
            }
        }
    }

    public async Task<int> Sweep(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Introduction> due;
        await using (var query = store.QuerySession())
        {
            due = [.. await query.Query<Introduction>()
                .Where(introduction => introduction.AnyTenant() && introduction.Status == Introduction.Pending && introduction.ExpiresAt <= now)
                .Take(500)
                .ToListAsync(cancellationToken)];
        }

        var expired = 0;
        foreach (var candidate in due)
        {
            await using var session = store.LightweightSession(candidate.TenantId!);
            var stream = await session.Events.FetchForWriting<Introduction>(candidate.Id, cancellationToken);
            if (stream.Aggregate is not { } introduction)
            {
                continue;
            }

            var decided = IntroductionDecision.Expire(introduction, now);
            stream.AppendMany(decided);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                expired += decided.Count;
            }
            catch (ConcurrencyException)
            {
                logger.LogDebug("Introduction {Id} changed while expiring; left as the other writer made it", candidate.Id);
            }
        }

        return expired;
    }
}
