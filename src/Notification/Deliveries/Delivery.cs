using NetworkingPlatform.Notification.Email;

namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>
/// A durable promise to hand one event to one channel (an email to a member, a POST to a webhook subscription).
/// Its id is derived from the event and the target, so the same event is never queued twice for the same target.
/// </summary>
public sealed class Delivery
{
    public const string EmailChannel = "email";
    public const string WebhookChannel = "webhook";

    public string Id { get; set; } = string.Empty;
    public string TenantId { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public Guid EventId { get; set; }
    public string EventType { get; set; } = string.Empty;
    public string? Recipient { get; set; }
    public string? ConversationId { get; set; }

    /// <summary>For a nudge: since when the reply was owed; an answer given since then withdraws it.</summary>
    public DateTimeOffset? WaitingSince { get; set; }
    public Guid? SubscriptionId { get; set; }
    public string Status { get; set; } = DeliveryStatus.Pending;
    public bool Digest { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public int Attempts { get; set; }
    public List<DeliveryAttempt> Log { get; set; } = [];
    public EmailContent? Email { get; set; }
    public string? Payload { get; set; }

    public static string EmailIdFor(Guid eventId, string recipient) => $"{eventId:N}:email:{recipient}";

    public static string WebhookIdFor(Guid eventId, Guid subscriptionId) => $"{eventId:N}:webhook:{subscriptionId:N}";
}
