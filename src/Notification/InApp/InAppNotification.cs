namespace NetworkingPlatform.Notification.InApp;

/// <summary>A notification shown to one member in the portal. Its id is derived from the event and the recipient, so a redelivered event stores nothing new.</summary>
public sealed class InAppNotification
{
    public string Id { get; set; } = string.Empty;
    public string Recipient { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public Guid SourceEventId { get; set; }
    public string? ConversationId { get; set; }
    public string? WaitingMember { get; set; }

    /// <summary>For a nudge: since when the reply was owed; an answer given since then withdraws it.</summary>
    public DateTimeOffset? WaitingSince { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>Set when the conversation was answered before the member acted on the nudge: it is no longer shown.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? AnsweredWith { get; set; }

    public bool OffersAnswers => WaitingMember is not null && ConversationId is not null && AnsweredWith is null && WithdrawnAt is null;

    public static string IdFor(Guid sourceEventId, string recipient) => $"{sourceEventId:N}:{recipient}";
}
