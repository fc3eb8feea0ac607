using System.Diagnostics;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>RabbitMQ stopped gracefully, left down for a while, and started again on the same data.</summary>
public sealed class BrokerRestart(TimeSpan down) : PlatformFault("RabbitMQ stopped and started again")
{
    public override async Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        var stopping = Stopwatch.GetTimestamp();
        await platform.RabbitMq.Stop();
        // The outage itself, not a wait for anything: how long services and clients live without the broker.
        await Task.Delay(down, cancellationToken);
        await platform.RabbitMq.StartAgain();
        return InjectedFault.Over($"down {Stopwatch.GetElapsedTime(stopping).TotalSeconds:F0} s");
    }
}
