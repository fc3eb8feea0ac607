using NetworkingPlatform.Notification.Deliveries;

namespace NetworkingPlatform.Notification.WebhookDeliveries.DeliveryLog;

public sealed record DeliveryLogEntry(string Id, Guid EventId, string EventType, string Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, IReadOnlyList<DeliveryAttempt> Log)
{
    public static DeliveryLogEntry From(Delivery delivery) => new(
        delivery.Id, delivery.EventId, delivery.EventType, delivery.Status, delivery.Attempts, delivery.CreatedAt,
        delivery.Status == DeliveryStatus.Pending ? delivery.DueAt : null, delivery.DeliveredAt, delivery.Log);
}
