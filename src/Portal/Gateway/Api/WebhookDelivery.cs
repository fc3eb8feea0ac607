namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record WebhookDelivery(
    string Id, Guid EventId, string EventType, string Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt);
