namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>A trigger to POST to one of the tenant's webhook subscriptions.</summary>
public sealed record WebhookSend(Trigger Trigger, Guid SubscriptionId);
