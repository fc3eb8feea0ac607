namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>The JSON body of a webhook: the event id receivers deduplicate on, its type, and the integration event itself.</summary>
public sealed record WebhookPayload(Guid Id, string Type, string TenantId, DateTimeOffset OccurredAt, object Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
