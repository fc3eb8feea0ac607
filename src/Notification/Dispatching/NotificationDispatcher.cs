using Marten;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Email;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.InApp.LiveStream;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Webhooks;
using NetworkingPlatform.Notification.Withdrawing;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// Turns triggers of one tenant into an in-app notification, a queued email and queued webhook deliveries, in one
/// transaction, as the recipients' preferences say; the live streams of every replica hear of the in-app ones on commit. Everything it writes has an id derived from the event, and what
/// exists already is left alone, so a redelivered event neither duplicates nor resets anything.
/// </summary>
public sealed class NotificationDispatcher(IDocumentStore store, TimeProvider clock, DeliveryWakeUp wakeUp, EmailComposer emails, NudgeWithdrawal withdrawal)
{
    private static readonly TimeSpan NudgeInterval = TimeSpan.FromDays(1);

    public async Task Dispatch(string tenantId, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession(tenantId);
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
        var nudgeStates = (await nudgeStatesRead).ToDictionary(s => s.Id);
        var answers = (await answersRead).ToDictionary(a => a.Id);
        var subscriptions = await subscriptionsRead;
        var existingNotifications = (await notificationsRead).Select(n => n.Id).ToHashSet();
        var deliveryIds = triggers.SelectMany(t => DeliveryIds(t, subscriptions, preferences.GetValueOrDefault(t.Recipient)?.Email is not null)).ToArray();
        var existingDeliveries = deliveryIds.Length == 0
            ? []
            : (await session.LoadManyAsync<Delivery>(cancellationToken, deliveryIds)).Select(d => d.Id).ToHashSet();

        var stored = new List<InAppNotification>();
        var nudged = new HashSet<(string ConversationId, string Member)>();
        var queued = 0;
        foreach (var trigger in triggers)
        {
            if (trigger.IsNudge && !MayNudge(trigger, nudgeStates, answers, session, now))
            {
                continue;
            }

            if (trigger.IsNudge)
            {
                nudged.Add((trigger.ConversationId!, trigger.Recipient));
            }

            var member = preferences.GetValueOrDefault(trigger.Recipient) ?? MemberPreferences.DefaultFor(trigger.Recipient);
            var channels = member.ChannelsFor(trigger.Type);
            if (channels.Contains(Channels.InApp) && existingNotifications.Add(InAppNotification.IdFor(trigger.EventId, trigger.Recipient)))
            {
                var notification = ToInApp(trigger, member.Language);
                session.Insert(notification);
                stored.Add(notification);
            }

            if (channels.Contains(Channels.Email) && member.Email is { } address && existingDeliveries.Add(Delivery.EmailIdFor(trigger.EventId, trigger.Recipient)))
            {
                session.Insert(NewDelivery(trigger, Delivery.EmailIdFor(trigger.EventId, trigger.Recipient), Delivery.EmailChannel, now, member.EmailDueAt(now),
                    delivery =>
                    {
                        delivery.Email = emails.Compose(trigger, member, address, now);
                        delivery.Digest = member.EmailFrequency == MemberPreferences.DailyDigest;
                    }));
                queued++;
            }

            foreach (var subscription in subscriptions.Where(s => s.EventTypes.Contains(trigger.Type)))
            {
                if (existingDeliveries.Add(Delivery.WebhookIdFor(trigger.EventId, subscription.Id)))
                {
                    session.Insert(NewDelivery(trigger, Delivery.WebhookIdFor(trigger.EventId, subscription.Id), Delivery.WebhookChannel, now, now,
                        delivery =>
                        {
                            delivery.SubscriptionId = subscription.Id;
                            delivery.Payload = WebhookPayload.For(trigger);
                        }));
                    queued++;
                }
            }
        }

        LiveFeedSignal.Queue(session, tenantId, stored);
        await session.SaveChangesAsync(cancellationToken);
        if (nudged.Count > 0)
        {
            // An answer committed while these nudges were being decided was not seen above: look again now that they are stored.
            await withdrawal.WithdrawNudges(tenantId, nudged, cancellationToken);
        }

        if (queued > 0)
        {
            wakeUp.Signal();
        }
    }

    /// <summary>At most one nudge per conversation and member a day, and none about a wait that was already answered.</summary>
    private static bool MayNudge(
        Trigger trigger, Dictionary<string, NudgeState> states, Dictionary<string, ConversationAnswer> answers, IDocumentSession session, DateTimeOffset now)
    {
        var id = NudgeState.IdFor(trigger.ConversationId!, trigger.Recipient);
        var state = states.GetValueOrDefault(id) ?? new NudgeState { Id = id };
        if (answers.TryGetValue(id, out var answer) && answer.Settles(trigger.WaitingSince))
        {
            return false;
        }

        if (state.LastNudgeEventId == trigger.EventId)
        {
            return true;
        }

        if (state.LastNudgedAt is { } last && now - last < NudgeInterval)
        {
            return false;
        }

        state.LastNudgedAt = now;
        state.LastNudgeEventId = trigger.EventId;
        states[id] = state;
        session.Store(state);
        return true;
    }

    private static IEnumerable<string> DeliveryIds(Trigger trigger, IEnumerable<WebhookSubscription> subscriptions, bool hasEmail) =>
        subscriptions.Select(s => Delivery.WebhookIdFor(trigger.EventId, s.Id))
            .Concat(hasEmail ? [Delivery.EmailIdFor(trigger.EventId, trigger.Recipient)] : []);

    private static InAppNotification ToInApp(Trigger trigger, string language) => new()
    {
        Id = InAppNotification.IdFor(trigger.EventId, trigger.Recipient),
        Recipient = trigger.Recipient,
        Type = trigger.Type,
        SourceEventId = trigger.EventId,
        ConversationId = trigger.ConversationId,
        WaitingMember = trigger.WaitingMember,
        WaitingSince = trigger.WaitingSince,
        Title = trigger.Title.In(language),
        Body = trigger.Body.In(language),
        CreatedAt = trigger.OccurredAt,
    };

    private static Delivery NewDelivery(Trigger trigger, string id, string channel, DateTimeOffset now, DateTimeOffset dueAt, Action<Delivery> complete)
    {
        var delivery = new Delivery
        {
            Id = id,
            TenantId = trigger.TenantId,
            Channel = channel,
            EventId = trigger.EventId,
            EventType = trigger.Type,
            Recipient = trigger.Recipient,
            ConversationId = trigger.ConversationId,
            WaitingSince = trigger.WaitingSince,
            CreatedAt = now,
            DueAt = dueAt,
        };
        complete(delivery);
        return delivery;
    }
}
