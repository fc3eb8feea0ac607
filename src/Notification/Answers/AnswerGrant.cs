namespace NetworkingPlatform.Notification.Answers;

/// <summary>What a signed email link allows: one answer to one nudge of one tenant, until it expires.</summary>
public sealed record AnswerGrant(string TenantId, string NotificationId, string Answer, DateTimeOffset ExpiresAt);
