namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>ResponseTracking's figures for a member, period by period, oldest first.</summary>
public sealed record ResponsivenessTrend(string Member, string Interval, IReadOnlyList<TrendPeriod> Items, int Total);
