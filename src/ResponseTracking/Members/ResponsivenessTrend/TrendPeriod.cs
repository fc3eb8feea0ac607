namespace NetworkingPlatform.ResponseTracking.Members.ResponsivenessTrend;

/// <summary>
/// The conversations that started owing the member a reply within one period (UTC), and how the member answered them:
/// the same definitions as the 90-day figures, applied to that period.
/// </summary>
public sealed record TrendPeriod(
    DateTimeOffset PeriodStart,
    int ReplyNeedingReceived,
    int Answered,
    int Declined,
    int Ignored,
    double ResponseRate,
    TimeSpan? FirstReplyMedian,
    TimeSpan? ReplyMedian);
