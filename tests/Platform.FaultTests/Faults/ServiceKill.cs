using NetworkingPlatform.Platform.Load;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// A service's process killed with SIGKILL, as the kernel's OOM killer or a crash would end it; the AppHost starts it
/// again. With <paramref name="replica"/>, one of the service's replicas, killed once its queues hold messages delivered
/// to consumers but not acknowledged (a batch in flight: the service's writes are held meanwhile, so its consumers wait
/// on their commits), while the other replicas keep consuming once the hold ends.
/// </summary>
public sealed class ServiceKill(string service, int? replica = null) : PlatformFault(
    replica is { } index ? $"{service} replica {index + 1} killed mid-batch" : $"{service} killed (SIGKILL)")
{
    // The broker's statistics refresh every 5 s, and lag more on a node that was just started again (the broker rounds
    // before this one): 8 s missed the batch once on a fresh clone, with the writes held all along.
    private static readonly TimeSpan BatchInFlightWithin = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Kills the service's own process: DCP starts a project as <c>dotnet run</c>, which runs the service as its child,
    /// so the processes killed are the bottom of the launcher's tree (what a crash of the service would end).
    /// </summary>
    public override async Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        var instances = platform.Instances.Of(service);
        var instance = (replica, instances) switch
        {
            (null, [var only]) when ServiceInstances.Serves(only) => only,
            ({ } index, { Count: > 1 }) when index < instances.Count && instances.All(ServiceInstances.Serves) => instances[index],
            _ => throw new InvalidOperationException($"{service} has no serving process {(replica is null ? "alone" : $"among replicas for replica {replica + 1}")} to kill."),
        };
        var launcher = ServiceInstances.Pid(instance)!.Value;
        if (replica is null)
        {
            Kill(launcher);
        }
        else
        {
            // Held, its consumers keep the batches they took unacknowledged.
            await using (await HeldWrites.Of(platform.Postgres.ConnectionString(FaultPlatform.Database), FaultPlatform.SchemaOf(service), cancellationToken))
            {
                await BatchInFlight(platform, cancellationToken);
                Kill(launcher);
            }
        }

        return new InjectedFault("restarted by the AppHost", () => platform.Instances.ServesAgain(instance.ResourceId, launcher));
    }

    private static void Kill(int launcher)
    {
        foreach (var pid in ProcessTable.Read().Innermost(launcher))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
    }

    private async Task BatchInFlight(FaultPlatform platform, CancellationToken cancellationToken)
    {
        var queuePrefix = $"{FaultPlatform.QueuePrefixOf(service)}-";
        await Eventually.Get(
            async () => (await platform.Queues.Depths(cancellationToken)).FirstOrDefault(q => q.Name.StartsWith(queuePrefix, StringComparison.Ordinal) && q.Unacknowledged > 0),
            BatchInFlightWithin,
            $"a batch delivered to {service} and not yet acknowledged");
    }
}
