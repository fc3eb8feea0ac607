using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// What deciding one tenant's triggers needs, read before deciding: the recipients' preferences, the nudge bookkeeping
/// and answers of the conversations nudged about, the enabled webhook subscriptions, and which of the notifications and
/// deliveries the triggers could make exist already.
/// </summary>
public sealed record DispatchState(
    IReadOnlyDictionary<string, MemberPreferences> Preferences,
    IReadOnlyDictionary<string, NudgeState> NudgeStates,
    IReadOnlyDictionary<string, ConversationAnswer> Answers,
    IReadOnlyList<WebhookSubscription> Subscriptions,
    IReadOnlySet<string> ExistingNotifications,
    IReadOnlySet<string> ExistingDeliveries);
