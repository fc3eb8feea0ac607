using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>How long new emails took to show as waits, in milliseconds, and how many never did within a minute.</summary>
public sealed record WaitLatencies(double P50, double P99, double Max, int Missed)
{
    public static WaitLatencies Of(IReadOnlyCollection<double?> waits)
    {
        var seen = new LatencyLog();
        foreach (var wait in waits.OfType<double>())
        {
            seen.Add(TimeSpan.FromMilliseconds(wait));
        }

        return new WaitLatencies(seen.Percentile(0.50), seen.Percentile(0.99), seen.Percentile(1), waits.Count - seen.Count);
    }

    public override string ToString() => $"p50 {P50:F0} ms, p99 {P99:F0} ms, max {Max:F0} ms, {Missed:N0} never seen";
}
