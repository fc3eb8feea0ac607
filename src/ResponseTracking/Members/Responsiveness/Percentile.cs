namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>Percentiles by linear interpolation between the closest ranks.</summary>
public static class Percentile
{
    public static TimeSpan? Of(IReadOnlyList<TimeSpan> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = fraction * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
    }
}
