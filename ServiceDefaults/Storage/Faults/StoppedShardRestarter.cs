using JasperFx;
using JasperFx.Events.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>
/// Starts again a daemon shard that the process leading the daemon does not run, once it has stayed so for
/// <see cref="LeftBehindOptions.StoppedShardGrace"/>. Marten stops (never pauses, and never restarts) a shard whose
/// progression moved underneath it, taking it that another process runs it. After a PostgreSQL restart with two
/// replicas both lose the lead at once; the old leader's page and the new leader's overlap, the new leader stops the
/// shard, and then nobody runs it: the fault suite saw ResponseTracking's forwarder stand still for minutes with
/// nothing forwarded. Starting it again repeats at most a page, which consumers drop by its stable event ids.
/// A paused shard is left to Marten, which restarts paused shards itself.
/// </summary>
public sealed class StoppedShardRestarter(IServiceProvider services, IOptions<LeftBehindOptions> options, ILogger<StoppedShardRestarter> logger)
    : BackgroundService
{
    private readonly Dictionary<string, DateTimeOffset> notRunningSince = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetService<IProjectionCoordinator>() is not ProjectionCoordinatorBase { Distributor: { } distributor } coordinator)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.StoppedShardCheckEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await LookOnce(coordinator, distributor, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping.
        }
    }

    private async Task LookOnce(ProjectionCoordinatorBase coordinator, IProjectionDistributor distributor, CancellationToken stoppingToken)
    {
        try
        {
            await RestartStopped(coordinator, distributor, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The database is away, or the daemon is starting or stopping: the next round looks again.
            logger.LogInformation(exception, "Could not look for stopped daemon shards this time.");
        }
    }

    private async Task RestartStopped(ProjectionCoordinatorBase coordinator, IProjectionDistributor distributor, CancellationToken cancellationToken)
    {
        var led = (await distributor.BuildDistributionAsync()).Where(distributor.HasLock).SelectMany(set => set.Names).ToList();
        if (led.Count == 0)
        {
            notRunningSince.Clear();
            return;
        }

        var daemon = coordinator.DaemonForMainDatabase();
        var agents = daemon.CurrentAgents().GroupBy(agent => agent.Name.Identity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        // The daemon's failures and this check both go by the wall clock; a service's TimeProvider may be a test's.
        var now = DateTimeOffset.UtcNow;
        foreach (var shard in led)
        {
            var status = agents.TryGetValue(shard.Identity, out var agent) ? agent.Status : AgentStatus.Stopped;
            if (status != AgentStatus.Stopped || daemon.IsRebuilding(shard))
            {
                notRunningSince.Remove(shard.Identity);
                continue;
            }

            var since = notRunningSince.TryAdd(shard.Identity, now) ? now : notRunningSince[shard.Identity];
            if (now - since < options.Value.StoppedShardGrace)
            {
                continue;
            }

            logger.LogWarning("Daemon shard {Shard} has not run since {Since} ({Reason}); starting it again.",
                shard.Identity, since, agent?.Failure?.Message ?? "stopped");
            notRunningSince.Remove(shard.Identity);
            await daemon.StartAgentAsync(shard, cancellationToken);
        }
    }
}
