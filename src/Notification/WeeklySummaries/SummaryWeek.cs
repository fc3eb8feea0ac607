using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>
/// A member's ISO week, in their time zone, and the moment in it from which their summary is due: the configured day
/// at their digest time. A summary that could not go out on time (the service or ResponseTracking was down) still goes
/// within the catch-up window; one who joins later in the week waits for the next.
/// </summary>
public sealed record SummaryWeek(string Key, DateTimeOffset DueFrom)
{
    public static SummaryWeek Of(MemberPreferences member, DateTimeOffset now, DayOfWeek day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(member.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return InWeekOf(local, zone, member.DigestAt, day);
    }

    /// <summary>The member's week after the one of <paramref name="now"/>, counted in local days so that a daylight-saving change does not shift it.</summary>
    public static SummaryWeek After(MemberPreferences member, DateTimeOffset now, DayOfWeek day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(member.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        return InWeekOf(local.Date.AddDays(7), zone, member.DigestAt, day);
    }

    public bool IsDue(DateTimeOffset now, TimeSpan catchUpWithin) => now >= DueFrom && now < DueFrom + catchUpWithin;

    private static SummaryWeek InWeekOf(DateTime local, TimeZoneInfo zone, TimeOnly digestAt, DayOfWeek day)
    {
        var year = ISOWeek.GetYear(local);
        var week = ISOWeek.GetWeekOfYear(local);
        var dueLocal = ISOWeek.ToDateTime(year, week, day).Date + digestAt.ToTimeSpan();
        while (zone.IsInvalidTime(dueLocal))
        {
            dueLocal = dueLocal.AddHours(1);
        }

        return new SummaryWeek($"{year}-W{week:00}", new DateTimeOffset(dueLocal, zone.GetUtcOffset(dueLocal)));
    }
}
