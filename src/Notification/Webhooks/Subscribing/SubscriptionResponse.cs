namespace NetworkingPlatform.Notification.Webhooks.Subscribing;

/// <summary>
/// A subscription as its owner sees it; the secret only in the answer to its creation or rotation. While a rotated
/// secret still signs, <see cref="PreviousSecretExpiresAt"/> says until when.
/// </summary>
public sealed record SubscriptionResponse(
    Guid Id, string Url, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset CreatedAt, string? DisabledReason, string? Secret,
    DateTimeOffset? PreviousSecretExpiresAt)
{
    public static SubscriptionResponse From(WebhookSubscription subscription, bool withSecret = false) => new(
        subscription.Id, subscription.Url, subscription.EventTypes, subscription.Enabled, subscription.CreatedAt, subscription.DisabledReason,
        withSecret ? subscription.Secret : null, subscription.PreviousSecret is null ? null : subscription.PreviousSecretExpiresAt);
}
