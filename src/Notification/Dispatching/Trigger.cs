using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// Something a member should hear about, taken from an integration event. <see cref="WaitingMember"/> is set for
/// nudges: the person a one-click answer replies to.
/// </summary>
public sealed record Trigger(
    Guid EventId,
    string TenantId,
    string Type,
    string Recipient,
    DateTimeOffset OccurredAt,
    LocalizedText Title,
    LocalizedText Body,
    object Payload,
    string? ConversationId = null,
    string? WaitingMember = null,
    DateTimeOffset? WaitingSince = null)
{
    public bool IsNudge => WaitingMember is not null && ConversationId is not null;
}
