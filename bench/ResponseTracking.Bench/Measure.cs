namespace NetworkingPlatform.ResponseTracking.Bench;

public static class Measure
{
    public static double Percentile(IReadOnlyList<double> samples, double fraction)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }

    public static string Summary(IReadOnlyList<double> milliseconds) =>
        $"p50 {Percentile(milliseconds, 0.5):F1} ms, p99 {Percentile(milliseconds, 0.99):F1} ms (n={milliseconds.Count})";
}
