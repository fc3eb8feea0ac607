namespace NetworkingPlatform.Notification.InApp.StoringNotifications;

public static class ReplyTimeText
{
    public static string Describe(TimeSpan replyTime) => replyTime switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalHours: < 1 } => $"{(int)replyTime.TotalMinutes} min",
        { TotalDays: < 1 } => $"{(int)replyTime.TotalHours} h",
        _ => $"{(int)replyTime.TotalDays} days",
    };
}
