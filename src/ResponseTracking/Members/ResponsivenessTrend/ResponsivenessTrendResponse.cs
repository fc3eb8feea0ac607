namespace NetworkingPlatform.ResponseTracking.Members.ResponsivenessTrend;

public sealed record ResponsivenessTrendResponse(
    string Member,
    string Interval,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    IReadOnlyList<TrendPeriod> Items,
    int Page,
    int PageSize,
    int Total);
