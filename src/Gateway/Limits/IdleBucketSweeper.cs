namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// Deletes the rows of buckets nobody used for a while (full again by then, which is what no row means): anonymous
/// callers are keyed by address, and addresses are many. Every replica sweeps; a sweep finding nothing costs little.
/// </summary>
public sealed class IdleBucketSweeper(SharedBuckets buckets, TimeProvider clock, ILogger<IdleBucketSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await buckets.ForgetIdle(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Idle rate limit buckets could not be deleted; the next sweep tries again.");
            }
        }
    }
}
