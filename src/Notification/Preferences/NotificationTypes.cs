namespace NetworkingPlatform.Notification.Preferences;

/// <summary>The names members choose channels for and integrators subscribe webhooks to.</summary>
public static class NotificationTypes
{
    public const string ReplyOverdue = "reply-overdue";
    public const string OpportunityMatched = "opportunity-matched";
    public const string IntroductionProposed = "introduction-proposed";
    public const string ImportCompleted = "import-completed";
    public const string ConversationAnswered = "conversation-answered";

    /// <summary>The weekly responsiveness summary: email only, chosen with its own preference, not a webhook event.</summary>
    public const string WeeklySummary = "weekly-summary";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        ReplyOverdue, OpportunityMatched, IntroductionProposed, ImportCompleted, ConversationAnswered,
    };
}
