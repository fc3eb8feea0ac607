namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>
/// When a member last answered a conversation. Only the withdrawal of nudges writes it, apart from the nudge
/// bookkeeping, so a nudge being stored at the same moment can never overwrite it. It lives here, beside the deliveries,
/// because the delivery worker reads it for its last look before sending a nudge email.
/// </summary>
public sealed class ConversationAnswer
{
    public string Id { get; set; } = string.Empty;
    public DateTimeOffset AnsweredAt { get; set; }

    public static string IdFor(string conversationId, string member) => $"{conversationId}:{member}";

    /// <summary>Whether this answer makes a nudge about a wait that began at <paramref name="waitingSince"/> moot.</summary>
    public bool Settles(DateTimeOffset? waitingSince) => waitingSince is null || AnsweredAt >= waitingSince;
}
