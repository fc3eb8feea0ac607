using NetworkingPlatform.Contracts.ResponseTracking;

namespace NetworkingPlatform.Notification.FunctionalTests;

public static class Events
{
    public static ReplyOverdue Overdue(string tenant, string conversation, DateTimeOffset now, string member = "luis", string waiting = "ana") => new(
        Guid.NewGuid(), tenant, now, conversation, member, waiting, "m1", "question", "¿Podemos hablar el jueves?", now.AddDays(-3), now.AddHours(-1));

    public static ConversationAnswered Answered(string tenant, string conversation, DateTimeOffset at, string by = "luis", string waiting = "ana") => new(
        Guid.NewGuid(), tenant, at, conversation, "m2", by, [waiting], at.AddDays(-3), at, TimeSpan.FromDays(3), IsDecline: false);
}
