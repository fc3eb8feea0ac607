namespace NetworkingPlatform.Notification.Preferences;

/// <summary>Times of day in a member's time zone turned into instants.</summary>
public static class LocalSchedule
{
    public static DateTimeOffset OutsideQuietHours(DateTimeOffset now, TimeZoneInfo zone, QuietHours quiet)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return quiet.Contains(TimeOnly.FromDateTime(local.DateTime)) ? NextAt(now, zone, quiet.End) : now;
    }

    /// <summary>The first instant at or after <paramref name="now"/> when the local clock reads <paramref name="time"/>.</summary>
    public static DateTimeOffset NextAt(DateTimeOffset now, TimeZoneInfo zone, TimeOnly time)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var candidate = local.Date + time.ToTimeSpan();
        if (candidate < local.DateTime)
        {
            candidate = candidate.AddDays(1);
        }

        // A local time skipped by a daylight-saving jump is taken an hour later.
        while (zone.IsInvalidTime(candidate))
        {
            candidate = candidate.AddHours(1);
        }

        return new DateTimeOffset(candidate, zone.GetUtcOffset(candidate));
    }
}
