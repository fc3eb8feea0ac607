using System.Diagnostics;
using NetworkingPlatform.Platform.FaultTests.Faults;
using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.FaultTests;

/// <summary>
/// How long after a fault was over the platform was back and processing: what the fault broke serves again, every
/// queue has its consumers again, and a message posted through the Gateway then shows in ResponseTracking.
/// </summary>
public sealed class RecoveryWatch(BrokerQueues queues, RecoveryProbe probe)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Null if the platform was not back within <paramref name="watchFor"/>.</summary>
    public async Task<TimeSpan?> Measure(InjectedFault fault, TimeSpan watchFor, CancellationToken cancellationToken)
    {
        var over = Stopwatch.GetTimestamp();
        var deadline = DateTime.UtcNow + watchFor;
        while (DateTime.UtcNow < deadline)
        {
            // In this order: queue consumers say little before the killed process is back, and a probe sent earlier
            // would wait on it anyway.
            if (fault.BrokenPartServes() && await EveryQueueConsumed(cancellationToken) && await probe.Processes(deadline, cancellationToken))
            {
                return Stopwatch.GetElapsedTime(over);
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return null;
    }

    private async Task<bool> EveryQueueConsumed(CancellationToken cancellationToken)
    {
        try
        {
            var depths = await queues.Depths(cancellationToken);
            return depths.Count > 0 && depths.Where(q => !q.IsErrorQueue && !q.IsDeadLetterQueue).All(q => q.Consumers > 0);
        }
        catch (HttpRequestException)
        {
            // The broker's management API is not up yet.
            return false;
        }
    }
}
