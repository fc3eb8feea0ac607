namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// What was last said to a member about one conversation: when they were last nudged (at most once a day) and when
/// they last answered it (a nudge about an earlier wait is then moot, whatever order the events arrive in).
/// </summary>
public sealed class NudgeState
{
    public string Id { get; set; } = string.Empty;
    public DateTimeOffset? LastNudgedAt { get; set; }
    public Guid? LastNudgeEventId { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public static string IdFor(string conversationId, string member) => $"{conversationId}:{member}";
}
