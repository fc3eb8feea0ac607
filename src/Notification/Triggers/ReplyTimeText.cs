using NetworkingPlatform.Notification.Dispatching;

namespace NetworkingPlatform.Notification.Triggers;

public static class ReplyTimeText
{
    public static LocalizedText Describe(TimeSpan replyTime) => replyTime switch
    {
        { TotalMinutes: < 1 } => new("menos de un minuto", "less than a minute"),
        { TotalHours: < 1 } => new($"{(int)replyTime.TotalMinutes} min", $"{(int)replyTime.TotalMinutes} min"),
        { TotalDays: < 1 } => new($"{(int)replyTime.TotalHours} h", $"{(int)replyTime.TotalHours} h"),
        _ => new($"{(int)replyTime.TotalDays} días", $"{(int)replyTime.TotalDays} days"),
    };
}
