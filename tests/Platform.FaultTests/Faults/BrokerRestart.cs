using System.Diagnostics;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>Every RabbitMQ node stopped gracefully, the cluster left down for a while, and started again on the same data.</summary>
public sealed class BrokerRestart(TimeSpan down) : PlatformFault("RabbitMQ cluster stopped and started again")
{
    public override async Task<InjectedFault> Inject(FaultPlatform platform, OpenLoopDriver load, CancellationToken cancellationToken)
    {
        var stopping = Stopwatch.GetTimestamp();
        await platform.RabbitMq.RestartAll(down, cancellationToken);
        return InjectedFault.Over($"down {Stopwatch.GetElapsedTime(stopping).TotalSeconds:F0} s");
    }
}
