namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

public sealed record ReplyTimeDistribution(int Count, TimeSpan? Median, TimeSpan? P90)
{
    public static ReplyTimeDistribution Of(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToArray();
        return new ReplyTimeDistribution(sorted.Length, Percentile.Of(sorted, 0.5), Percentile.Of(sorted, 0.9));
    }
}
