namespace NetworkingPlatform.Notification.Webhooks;

/// <summary>A tenant's endpoint that receives the chosen event types, signed with the subscription's own secret.</summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; }
    public string Url { get; set; } = string.Empty;
    public List<string> EventTypes { get; set; } = [];
    public string Secret { get; set; } = string.Empty;
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }

    /// <summary>The secret a rotation retired, still signing until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    /// <summary>The secrets deliveries are signed with at a moment: the current one, and the retired one during its overlap.</summary>
    public IReadOnlyList<string> SecretsAt(DateTimeOffset at) =>
        PreviousSecret is { } previous && at < PreviousSecretExpiresAt ? [Secret, previous] : [Secret];

    public void Rotate(string newSecret, DateTimeOffset now, TimeSpan overlap)
    {
        var overlaps = overlap > TimeSpan.Zero;
        PreviousSecret = overlaps ? Secret : null;
        PreviousSecretExpiresAt = overlaps ? now + overlap : null;
        Secret = newSecret;
    }
}
