using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;

namespace NetworkingPlatform.ServiceDefaults.Storage;

/// <summary>
/// Wakes Marten's async daemon when this process committed events, so that forwarders publish within milliseconds.
/// Marten's own way (a NOTIFY inside every transaction that appends events) made PostgreSQL serialise the commits of
/// all those transactions on its notification lock: under load most backends of the platform waited in COMMIT. Commits
/// of other replicas are found by the daemon's regular polling. A woken daemon looks at most once per
/// <see cref="MinimumGap"/>, so that under load each look takes a page of commits rather than one.
/// </summary>
public sealed class EventsCommittedWakeup : IDaemonWakeup
{
    public static readonly TimeSpan MinimumGap = TimeSpan.FromMilliseconds(20);
    private TaskCompletionSource committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long lastWokeAt;

    /// <summary>Call after a commit that appended events; sessions Marten commits itself call it on their own.</summary>
    public void EventsCommitted() => Volatile.Read(ref committed).TrySetResult();

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        var sinceLast = Stopwatch.GetElapsedTime(Interlocked.Read(ref lastWokeAt));
        if (sinceLast < MinimumGap)
        {
            await Task.Delay(MinimumGap - sinceLast, token);
        }

        var current = Volatile.Read(ref committed);
        try
        {
            await current.Task.WaitAsync(timeout, token);
        }
        catch (TimeoutException)
        {
            // Nothing committed here: poll for other replicas' commits.
        }

        // A commit signalled while the daemon looks completes the next signal, so no commit waits for a timeout.
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref committed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }

        Interlocked.Exchange(ref lastWokeAt, Stopwatch.GetTimestamp());
    }

    public void Dispose()
    {
    }
}
