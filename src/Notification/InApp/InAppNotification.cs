namespace NetworkingPlatform.Notification.InApp;

/// <summary>A notification shown to one member in the portal. Its id is derived from the event and the recipient, so a redelivered event stores nothing new.</summary>
public sealed class InAppNotification
{
    public string Id { get; set; } = string.Empty;
    public string Recipient { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public Guid SourceEventId { get; set; }
    public string? ConversationId { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public static string IdFor(Guid sourceEventId, string recipient) => $"{sourceEventId:N}:{recipient}";
}
