namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>What one POST carries: the event id receivers deduplicate on, its type and the JSON body; the delivery id names it in logs.</summary>
public sealed record WebhookMessage(string DeliveryId, Guid EventId, string EventType, string Body);
