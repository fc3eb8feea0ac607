namespace NetworkingPlatform.Notification.Webhooks.Subscribing;

/// <summary>A subscription as its owner sees it; the secret only in the answer to its creation.</summary>
public sealed record SubscriptionResponse(Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset CreatedAt, string? DisabledReason, string? Secret)
{
    public static SubscriptionResponse From(WebhookSubscription subscription, bool withSecret = false) => new(
        subscription.Id, subscription.Url, subscription.EventTypes, subscription.Enabled, subscription.CreatedAt, subscription.DisabledReason,
        withSecret ? subscription.Secret : null);
}
