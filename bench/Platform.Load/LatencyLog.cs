namespace NetworkingPlatform.Platform.Load;

/// <summary>Latencies in milliseconds, collected from many tasks, summarised by percentiles.</summary>
public sealed class LatencyLog
{
    private readonly List<double> samples = [];

    public int Count
    {
        get
        {
            lock (samples)
            {
                return samples.Count;
            }
        }
    }

    public void Add(TimeSpan latency)
    {
        lock (samples)
        {
            samples.Add(latency.TotalMilliseconds);
        }
    }

    public double Percentile(double fraction)
    {
        double[] sorted;
        lock (samples)
        {
            sorted = [.. samples];
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Summary() => Count == 0
        ? "no samples"
        : $"p50 {Percentile(0.5):F0} ms, p99 {Percentile(0.99):F0} ms, max {Percentile(1):F0} ms (n={Count:N0})";
}
