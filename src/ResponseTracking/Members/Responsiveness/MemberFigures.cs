using NetworkingPlatform.ResponseTracking.Members.Reporting;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// One member's aggregate as read: counts (received, answered, declined, replies) and percentile pairs (first reply and
/// every reply, calendar then business time), with the generation it is current at and the oldest conversation it counts.
/// </summary>
internal sealed record MemberFigures(string Member, long Generation, bool WasKept, DateTimeOffset? Oldest, long[] Counts, double[]?[] Percentiles)
{
    /// <summary>Nothing received: aggregating it again costs nothing, so it is not worth a row.</summary>
    public bool IsEmpty => Counts.All(c => c == 0);

    public ResponsivenessFigures Figures
    {
        get
        {
            var counts = new ReplyCounts((int)Counts[0], (int)Counts[1], (int)Counts[2]);
            var replies = (int)Counts[3];
            return new ResponsivenessFigures(
                counts.Received,
                counts.AnsweredWithoutDeclining,
                counts.Declined,
                counts.Ignored,
                counts.ResponseRate,
                Distribution(counts.Answered, Percentiles[0]),
                Distribution(replies, Percentiles[2]),
                Distribution(counts.Answered, Percentiles[1]),
                Distribution(replies, Percentiles[3]));
        }
    }

    private static ReplyTimeDistribution Distribution(int count, double[]? percentiles) =>
        count == 0 || percentiles is null
            ? new ReplyTimeDistribution(0, null, null)
            : new ReplyTimeDistribution(count, Ticks(percentiles[0]), Ticks(percentiles[1]));

    private static TimeSpan Ticks(double ticks) => TimeSpan.FromTicks((long)Math.Round(ticks));
}
