using System.Globalization;
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
        var year = ISOWeek.GetYear(local);
        var week = ISOWeek.GetWeekOfYear(local);
        var dueDay = ISOWeek.ToDateTime(year, week, day);
        var dueLocal = dueDay.Date + member.DigestAt.ToTimeSpan();
        while (zone.IsInvalidTime(dueLocal))
        {
            dueLocal = dueLocal.AddHours(1);
        }

        return new SummaryWeek($"{year}-W{week:00}", new DateTimeOffset(dueLocal, zone.GetUtcOffset(dueLocal)));
    }

    public bool IsDue(DateTimeOffset now, TimeSpan catchUpWithin) => now >= DueFrom && now < DueFrom + catchUpWithin;
}
