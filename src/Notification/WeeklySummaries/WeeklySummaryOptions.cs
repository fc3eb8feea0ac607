namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>The "WeeklySummary" settings section.</summary>
public sealed class WeeklySummaryOptions
{
    public const string Section = "WeeklySummary";

    /// <summary>How often the scheduler looks for members whose summary is due.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The day of the week, in each member's time zone, on which the summary goes out (at their digest time).</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>How late a summary may still go out when the service was down at its time; after that the week is skipped.</summary>
    public TimeSpan CatchUpWithin { get; set; } = TimeSpan.FromDays(2);

    public string ResponseTrackingBaseUrl { get; set; } = "http://responsetracking";
}
