namespace NetworkingPlatform.ResponseTracking.Members.ResponsivenessTrend;

/// <summary>The length of a trend's periods, as PostgreSQL's date_trunc names them.</summary>
public static class TrendInterval
{
    public const string Week = "week";
    public const string Month = "month";

    public static bool IsKnown(string interval) => interval is Week or Month;
}
