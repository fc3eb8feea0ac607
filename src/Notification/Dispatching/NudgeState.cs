namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>When a member was last nudged about one conversation, and by which event: at most one nudge a day.</summary>
public sealed class NudgeState
{
    public string Id { get; set; } = string.Empty;
    public DateTimeOffset? LastNudgedAt { get; set; }
    public Guid? LastNudgeEventId { get; set; }

    public static string IdFor(string conversationId, string member) => $"{conversationId}:{member}";
}
