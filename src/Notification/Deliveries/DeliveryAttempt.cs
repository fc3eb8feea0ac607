namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>One try to hand a delivery over, as the delivery log shows it.</summary>
public sealed record DeliveryAttempt(DateTimeOffset At, bool Succeeded, int? StatusCode, string? Error, TimeSpan Duration);
