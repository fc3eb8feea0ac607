using System.Diagnostics;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>PostgreSQL restarted in fast mode: every connection cut, open transactions rolled back.</summary>
public sealed class DatabaseRestart() : PlatformFault("PostgreSQL restarted (fast)")
{
    public override async Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await platform.Postgres.RestartFast();
        return InjectedFault.Over($"down {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }
}
