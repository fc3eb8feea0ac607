using System.Diagnostics;

namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>Samples the process's working set while a measurement runs and reports its peak growth.</summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private readonly long baseline;
    private long peak;

    public MemoryWatch()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        baseline = CurrentWorkingSet();
        peak = baseline;
        sampling = Task.Run(Sample);
    }

    public double PeakGrowthMegabytes => (Interlocked.Read(ref peak) - baseline) / 1024.0 / 1024.0;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
    }

    private async Task Sample()
    {
        while (!stop.IsCancellationRequested)
        {
            var now = CurrentWorkingSet();
            if (now > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, now);
            }

            try
            {
                await Task.Delay(20, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
