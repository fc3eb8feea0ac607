
namespace NetworkingPlatform.Notification.Texts;

/// <summary>A reply time in the largest whole unit that fits, counted right in each language ("1 day", "3 días").</summary>
public static class ReplyTimeText
{
    public static string Describe(TimeSpan replyTime, string language) => replyTime switch
    {
        { TotalMinutes: < 1 } => NotificationTexts.Get(language, "Duration.LessThanAMinute"),
        { TotalHours: < 1 } => NotificationTexts.Count(language, "Duration.Minutes", (long)replyTime.TotalMinutes),
        { TotalDays: < 1 } => NotificationTexts.Count(language, "Duration.Hours", (long)replyTime.TotalHours),
        _ => NotificationTexts.Count(language, "Duration.Days", (long)replyTime.TotalDays),
    };
}
