namespace NetworkingPlatform.ResponseTracking.Members.Promises;

/// <summary>
/// A member's working hours, Monday to Friday, in their own time zone. Each day's opening and closing are turned into
/// instants with that day's offset, so daylight-saving changes and weekends fall out of the calendar itself.
/// </summary>
public sealed class BusinessHours
{
    public static readonly BusinessHours Default = new(TimeZoneInfo.Utc, new TimeOnly(9, 0), new TimeOnly(17, 0));

    private const int SearchLimitDays = 3660;
    private readonly TimeZoneInfo zone;
    private readonly TimeOnly opens;
    private readonly TimeOnly closes;

    public BusinessHours(TimeZoneInfo zone, TimeOnly opens, TimeOnly closes)
    {
        if (closes <= opens)
        {
            throw new ArgumentException("A working day must close after it opens.", nameof(closes));
        }

        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
    }

    public TimeSpan WorkingDay => closes - opens;

    /// <summary>The working time between two instants.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        var last = LocalDay(to);
        for (var day = LocalDay(from); day <= last; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var start = Max(from, Instant(day, opens));
            var end = Min(to, Instant(day, closes));
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>The instant, in UTC, at which <paramref name="workingTime"/> of working time has passed since <paramref name="from"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        var remaining = workingTime;
        var day = LocalDay(from);
        for (var i = 0; i < SearchLimitDays; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var start = Max(from, Instant(day, opens));
            var end = Instant(day, closes);
            if (end <= start)
            {
                continue;
            }

            if (remaining <= end - start)
            {
                return (start + remaining).ToUniversalTime();
            }

            remaining -= end - start;
        }

        throw new ArgumentOutOfRangeException(nameof(workingTime), "The working time does not fit in ten years.");
    }

    private static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // A local time skipped by a daylight-saving jump does not exist: the day opens when the clocks resume.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
