using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// Decides what a tenant's triggers send, from the state read before and without reading or writing anything. Each
/// trigger goes to the channels its recipient chose for its type (in-app and email unless they chose otherwise), by email
/// only to a known address and after the quiet hours or at the digest time, and to every webhook subscription of its
/// type. A nudge goes out at most once a day per conversation and member, and not at all once an answer settled its
/// wait. Nothing that exists already is sent again, so a redelivered event sends nothing twice.
/// </summary>
public static class DispatchRules
{
    private static readonly TimeSpan NudgeInterval = TimeSpan.FromDays(1);

    public static DispatchDecision Decide(DispatchState state, IReadOnlyList<Trigger> triggers, DateTimeOffset now)
    {
        var notifications = new HashSet<string>(state.ExistingNotifications);
        var deliveries = new HashSet<string>(state.ExistingDeliveries);
        var nudgeStates = new Dictionary<string, NudgeState>(state.NudgeStates);
        var (inApp, emails, webhooks) = (new List<InAppSend>(), new List<EmailSend>(), new List<WebhookSend>());
        var (nudgesStored, nudged) = (new List<NudgeState>(), new List<(string ConversationId, string Member)>());
        foreach (var trigger in triggers)
        {
            if (trigger.IsNudge)
            {
                if (!MayNudge(trigger, nudgeStates, state.Answers, nudgesStored, now))
                {
                    continue;
                }

                nudged.Add((trigger.ConversationId!, trigger.Recipient));
            }

            var member = state.Preferences.GetValueOrDefault(trigger.Recipient) ?? MemberPreferences.DefaultFor(trigger.Recipient);
            var channels = member.ChannelsFor(trigger.Type);
            if (channels.Contains(Channels.InApp) && notifications.Add(InAppNotification.IdFor(trigger.EventId, trigger.Recipient)))
            {
                inApp.Add(new InAppSend(trigger, member.Language));
            }

            if (channels.Contains(Channels.Email) && member.Email is { } address && deliveries.Add(Delivery.EmailIdFor(trigger.EventId, trigger.Recipient)))
            {
                emails.Add(new EmailSend(trigger, address, member.Language, member.EmailDueAt(now), member.EmailFrequency == MemberPreferences.DailyDigest));
            }

            foreach (var subscription in state.Subscriptions.Where(s => s.EventTypes.Contains(trigger.Type)))
            {
                if (deliveries.Add(Delivery.WebhookIdFor(trigger.EventId, subscription.Id)))
                {
                    webhooks.Add(new WebhookSend(trigger, subscription.Id));
                }
            }
        }

        return new DispatchDecision(inApp, emails, webhooks, nudgesStored, [.. nudged.Distinct()]);
    }

    /// <summary>At most one nudge per conversation and member a day, and none about a wait that was already answered.</summary>
    private static bool MayNudge(
        Trigger trigger, Dictionary<string, NudgeState> states, IReadOnlyDictionary<string, ConversationAnswer> answers, List<NudgeState> stored, DateTimeOffset now)
    {
        var id = NudgeState.IdFor(trigger.ConversationId!, trigger.Recipient);
        if (answers.TryGetValue(id, out var answer) && answer.Settles(trigger.WaitingSince))
        {
            return false;
        }

        var state = states.GetValueOrDefault(id);
        if (state?.LastNudgeEventId == trigger.EventId)
        {
            // The same nudge again (a redelivery): what it sent before exists and is not sent twice; what it did not, goes.
            return true;
        }

        if (state?.LastNudgedAt is { } last && now - last < NudgeInterval)
        {
            return false;
        }

        var nudgedNow = new NudgeState { Id = id, LastNudgedAt = now, LastNudgeEventId = trigger.EventId };
        states[id] = nudgedNow;
        stored.Add(nudgedNow);
        return true;
    }
}
