using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>
/// When each member's next weekly summary is due. The time is stored on the member's preferences, so a scan reads only
/// the members whose time has come instead of every member.
/// </summary>
public sealed class WeeklySummaryCalendar(IOptions<WeeklySummaryOptions> options)
{
    /// <summary>
    /// For preferences being saved: this week's time while its summary may still go out (already past, it is due at
    /// once; one already queued is not queued again), else next week's. None for a member who gets no summary.
    /// </summary>
    public DateTimeOffset? FirstDue(MemberPreferences member, DateTimeOffset now)
    {
        if (!member.WeeklySummary || member.Email is null)
        {
            return null;
        }

        var week = SummaryWeek.Of(member, now, options.Value.Day);
        return now < week.DueFrom + options.Value.CatchUpWithin ? week.DueFrom : SummaryWeek.After(member, now, options.Value.Day).DueFrom;
    }

    /// <summary>For a member a scan has dealt with: this week's time if it is still ahead, else next week's.</summary>
    public DateTimeOffset NextDue(MemberPreferences member, DateTimeOffset now)
    {
        var week = SummaryWeek.Of(member, now, options.Value.Day);
        return now < week.DueFrom ? week.DueFrom : SummaryWeek.After(member, now, options.Value.Day).DueFrom;
    }
}
