namespace NetworkingPlatform.Notification.Webhooks.Subscribing;

public sealed record SubscribeRequest(string? Url, IReadOnlyList<string>? EventTypes);
