namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>What tenant A owns in every service, each carrying <see cref="Marker"/> where it holds text.</summary>
public sealed record TenantAResources(
    string Marker,
    string Member,
    string Counterpart,
    string ConversationId,
    string InvitationId,
    string ImportId,
    string OfferId,
    string NeedId,
    string IntroductionId,
    string WebhookId,
    string NotificationId,
    string TenantInvitationId)
{
    /// <summary>Values that must never appear in an answer to another tenant.</summary>
    public IEnumerable<string> Secrets => [Marker, ConversationId, ImportId, OfferId, NeedId, IntroductionId, WebhookId, NotificationId, TenantInvitationId];
}
