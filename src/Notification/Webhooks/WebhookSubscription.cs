namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>A tenant's endpoint that receives the chosen event types, signed with the subscription's own secret.</summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; }
    public string Url { get; set; } = string.Empty;
    public List<string> EventTypes { get; set; } = [];
    public string Secret { get; set; } = string.Empty;
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
}
