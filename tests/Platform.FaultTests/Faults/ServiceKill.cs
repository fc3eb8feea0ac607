using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// A service's process killed with SIGKILL, as the kernel's OOM killer or a crash would end it; the AppHost starts it
/// again. With replicas, <paramref name="replica"/> says which one.
/// </summary>
public sealed class ServiceKill(string service, int replica = 0)
    : PlatformFault(replica == 0 ? $"{service} killed (SIGKILL)" : $"{service} replica {replica + 1} killed (SIGKILL)")
{
    public override Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken) =>
        Task.FromResult(Kill(platform, service, replica, "restarted by the AppHost"));

    /// <summary>
    /// Kills the service's own process: DCP starts a project as <c>dotnet run</c>, which runs the service as its child,
    /// so the processes killed are the bottom of the launcher's tree (what a crash of the service would end).
    /// </summary>
    public static InjectedFault Kill(FaultPlatform platform, string service, int replica, string detail)
    {
        var instances = platform.Instances.Of(service);
        if (instances.Count <= replica || !ServiceInstances.Serves(instances[replica]))
        {
            throw new InvalidOperationException($"{service} has no serving replica {replica + 1} to kill ({instances.Count} instances).");
        }

        var instance = instances[replica];
        var launcher = ServiceInstances.Pid(instance)!.Value;
        foreach (var pid in ProcessTable.Read().Innermost(launcher))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }

        return new InjectedFault(detail, () => platform.Instances.ServesAgain(instance.ResourceId, launcher));
    }
}
