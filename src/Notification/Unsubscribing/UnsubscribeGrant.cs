namespace NetworkingPlatform.Notification.Unsubscribing;

/// <summary>What an email's unsubscribe link allows: its recipient, in its tenant, leaving email.</summary>
public sealed record UnsubscribeGrant(string TenantId, string Member);
