using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>Reads a tenant's <see cref="DispatchState"/> for a batch of triggers in at most two round trips, whatever the batch's size.</summary>
public static class DispatchStateLoader
{
    public static async Task<DispatchState> Load(IQuerySession session, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken)
    {
        // One round trip for everything the decisions need: this runs once per batch of hundreds of events.
        var reads = session.CreateBatchQuery();
        var preferencesRead = reads.LoadMany<MemberPreferences>().ById([.. triggers.Select(t => t.Recipient).Distinct()]);
        var nudgeIds = triggers.Where(t => t.IsNudge).Select(t => NudgeState.IdFor(t.ConversationId!, t.Recipient)).Distinct().ToArray();
        var nudgeStatesRead = reads.LoadMany<NudgeState>().ById(nudgeIds);
        var answersRead = reads.LoadMany<ConversationAnswer>().ById(nudgeIds);
        var subscriptionsRead = reads.Query<WebhookSubscription>().Where(s => s.Enabled).ToList();
        var notificationsRead = reads.LoadMany<InAppNotification>().ById([.. triggers.Select(t => InAppNotification.IdFor(t.EventId, t.Recipient))]);
        await reads.Execute(cancellationToken);
        var preferences = (await preferencesRead).ToDictionary(p => p.Id);
        var subscriptions = await subscriptionsRead;

        // The second one: which deliveries exist depends on the subscriptions and addresses just read.
        var deliveryIds = triggers.SelectMany(t => DeliveryIds(t, subscriptions, preferences.GetValueOrDefault(t.Recipient)?.Email is not null)).ToArray();
        var existingDeliveries = deliveryIds.Length == 0
            ? []
            : (await session.LoadManyAsync<Delivery>(cancellationToken, deliveryIds)).Select(d => d.Id).ToHashSet();
        return new DispatchState(
            preferences,
            (await nudgeStatesRead).ToDictionary(s => s.Id),
            (await answersRead).ToDictionary(a => a.Id),
            subscriptions,
            (await notificationsRead).Select(n => n.Id).ToHashSet(),
            existingDeliveries);
    }

    private static IEnumerable<string> DeliveryIds(Trigger trigger, IEnumerable<WebhookSubscription> subscriptions, bool hasEmail) =>
        subscriptions.Select(s => Delivery.WebhookIdFor(trigger.EventId, s.Id))
            .Concat(hasEmail ? [Delivery.EmailIdFor(trigger.EventId, trigger.Recipient)] : []);
}
