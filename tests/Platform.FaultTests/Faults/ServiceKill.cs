using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>A service's process killed with SIGKILL, as the kernel's OOM killer or a crash would end it; the AppHost starts it again.</summary>
public sealed class ServiceKill(string service) : PlatformFault($"{service} killed (SIGKILL)")
{
    /// <summary>
    /// Kills the service's own process: DCP starts a project as <c>dotnet run</c>, which runs the service as its child,
    /// so the processes killed are the bottom of the launcher's tree (what a crash of the service would end).
    /// </summary>
    public override Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        var instance = platform.Instances.Of(service) is [var only] && ServiceInstances.Serves(only)
            ? only
            : throw new InvalidOperationException($"{service} has no single serving process to kill.");
        var launcher = ServiceInstances.Pid(instance)!.Value;
        foreach (var pid in ProcessTable.Read().Innermost(launcher))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }

        return Task.FromResult(new InjectedFault("restarted by the AppHost", () => platform.Instances.ServesAgain(instance.ResourceId, launcher)));
    }
}
