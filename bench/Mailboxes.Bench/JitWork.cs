using System.Diagnostics;
using System.Runtime;

namespace NetworkingPlatform.Mailboxes.Bench;

/// <summary>
/// What the JIT compiled in this process over a stretch: the tiered compiler keeps recompiling hot methods on a thread
/// of its own for a while after a service starts, and on two cores that work competes with the work being timed.
/// </summary>
public sealed class JitWork
{
    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(500);
    private readonly long methodsBefore = JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan timeBefore = JitInfo.GetCompilationTime();

    public static JitWork Start() => new();

    public long Methods => JitInfo.GetCompiledMethodCount() - methodsBefore;

    public TimeSpan Time => JitInfo.GetCompilationTime() - timeBefore;

    public override string ToString() => $"{Methods:N0} methods compiled in {Time.TotalSeconds:F2} s of JIT time";

    /// <summary>Waits until the compiler has had nothing to do for a second (what it queued, compiled), for at most <paramref name="limit"/>.</summary>
    public static async Task Settled(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var quietSince = clock.Elapsed;
        var count = JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed < limit && clock.Elapsed - quietSince < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(LookEvery);
            var now = JitInfo.GetCompiledMethodCount();
            if (now != count)
            {
                count = now;
                quietSince = clock.Elapsed;
            }
        }
    }
}
