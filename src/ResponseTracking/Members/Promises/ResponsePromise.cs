namespace NetworkingPlatform.ResponseTracking.Members.Promises;

/// <summary>
/// What a member promises ("I reply within 2 business days") and the working hours and time zone their business-hour
/// figures and deadlines are counted in. One per member; a member without one has <see cref="BusinessHours.Default"/>.
/// </summary>
public sealed class ResponsePromise
{
    public string Id { get; set; } = string.Empty;
    public double? WithinBusinessDays { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public TimeOnly WorkdayStart { get; set; } = new(9, 0);
    public TimeOnly WorkdayEnd { get; set; } = new(17, 0);

    public BusinessHours Hours => new(TimeZoneInfo.FindSystemTimeZoneById(TimeZone), WorkdayStart, WorkdayEnd);

    public bool SameHoursAs(ResponsePromise other) =>
        TimeZone == other.TimeZone && WorkdayStart == other.WorkdayStart && WorkdayEnd == other.WorkdayEnd;

    /// <summary>When a reply owed since <paramref name="since"/> becomes overdue; null without a promise.</summary>
    public DateTimeOffset? DeadlineFor(DateTimeOffset since)
    {
        if (WithinBusinessDays is not { } days)
        {
            return null;
        }

        var hours = Hours;
        return hours.Add(since, hours.WorkingDay * days);
    }
}
