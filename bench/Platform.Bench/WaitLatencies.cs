namespace NetworkingPlatform.Platform.Bench;

/// <summary>How long new emails took to show as waits, in milliseconds, and how many never did within a minute.</summary>
public sealed record WaitLatencies(double P50, double P99, double Max, int Missed)
{
    public static WaitLatencies Of(IReadOnlyCollection<double?> waits)
    {
        var seen = waits.OfType<double>().Order().ToList();
        double At(double share) => seen.Count == 0 ? double.NaN : seen[Math.Min(seen.Count - 1, (int)Math.Ceiling(share * seen.Count) - 1)];
        return new WaitLatencies(At(0.50), At(0.99), seen.Count == 0 ? double.NaN : seen[^1], waits.Count - seen.Count);
    }

    public override string ToString() => $"p50 {P50:F0} ms, p99 {P99:F0} ms, max {Max:F0} ms, {Missed:N0} never seen";
}
