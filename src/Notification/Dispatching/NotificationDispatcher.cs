using Marten;
using SessionOptions = Marten.Services.SessionOptions;
using NetworkingPlatform.Notification.Answers;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Email;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.InApp.LiveStream;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Webhooks;
using NetworkingPlatform.Notification.Withdrawing;
using Npgsql;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// Turns triggers of one tenant into an in-app notification, a queued email and queued webhook deliveries, in one
/// transaction, as the recipients' preferences say; the live streams of every replica hear of the in-app ones on commit. Everything it writes has an id derived from the event, and what
/// exists already is left alone, so a redelivered event neither duplicates nor resets anything.
/// </summary>
public sealed class NotificationDispatcher(
    IDocumentStore store, NpgsqlDataSource database, TimeProvider clock, DeliveryWakeUp wakeUp, AnswerLinks answerLinks, NudgeWithdrawal withdrawal)
{
    private static readonly TimeSpan NudgeInterval = TimeSpan.FromDays(1);

    // Marten compares each operation added to a session with every one already in it: a batch of 500 events (a
    // thousand writes) spent a quarter of its CPU there. Sessions of this many writes, in one transaction, keep it small.
    private const int WritesPerSession = 250;

    public Task Dispatch(string tenantId, IReadOnlyList<Trigger> triggers, CancellationToken cancellationToken) =>
        Dispatch([new TenantTriggers(tenantId, triggers)], cancellationToken);

    /// <summary>Every tenant's triggers decided against that tenant's state, then written in one transaction for all.</summary>
    public async Task Dispatch(IReadOnlyCollection<TenantTriggers> tenants, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var plans = new List<DispatchPlan>();
        foreach (var tenant in tenants)
        {
            plans.Add(await Plan(tenant.TenantId, tenant.Triggers, now, cancellationToken));
        }

        await Commit(plans, cancellationToken);
        foreach (var plan in plans.Where(p => p.Nudged.Count > 0))
        {
            // An answer committed while these nudges were being decided was not seen above: look again now that they are stored.
            await withdrawal.WithdrawNudges(plan.TenantId, plan.Nudged, cancellationToken);
        }

        if (plans.Any(p => p.Queued > 0))
        {
            wakeUp.Signal();
        }
    }

    private async Task<DispatchPlan> Plan(string tenantId, IReadOnlyList<Trigger> triggers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(tenantId);
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

        var plan = new DispatchPlan(tenantId);
        foreach (var trigger in triggers)
        {
            if (trigger.IsNudge && !MayNudge(trigger, nudgeStates, answers, plan.Writes, now))
            {
                continue;
            }

            if (trigger.IsNudge)
            {
                plan.Nudged.Add((trigger.ConversationId!, trigger.Recipient));
            }

            var member = preferences.GetValueOrDefault(trigger.Recipient) ?? MemberPreferences.DefaultFor(trigger.Recipient);
            var channels = member.ChannelsFor(trigger.Type);
            if (channels.Contains(Channels.InApp) && existingNotifications.Add(InAppNotification.IdFor(trigger.EventId, trigger.Recipient)))
            {
                var notification = ToInApp(trigger, member.Language);
                plan.Writes.Add(s => s.Insert(notification));
                plan.Stored.Add(notification);
            }

            if (channels.Contains(Channels.Email) && member.Email is { } address && existingDeliveries.Add(Delivery.EmailIdFor(trigger.EventId, trigger.Recipient)))
            {
                var email = NewDelivery(trigger, Delivery.EmailIdFor(trigger.EventId, trigger.Recipient), Delivery.EmailChannel, now, member.EmailDueAt(now),
                    delivery =>
                    {
                        delivery.Email = EmailComposer.Compose(address, member.Language, trigger.Title.In(member.Language), trigger.Body.In(member.Language),
                            trigger.IsNudge ? answerLinks.For(tenantId, InAppNotification.IdFor(trigger.EventId, trigger.Recipient), member.Language, now) : []);
                        delivery.Digest = member.EmailFrequency == MemberPreferences.DailyDigest;
                    });
                plan.Writes.Add(s => s.Insert(email));
                plan.Queued++;
            }

            foreach (var subscription in subscriptions.Where(s => s.EventTypes.Contains(trigger.Type)))
            {
                if (existingDeliveries.Add(Delivery.WebhookIdFor(trigger.EventId, subscription.Id)))
                {
                    var webhook = NewDelivery(trigger, Delivery.WebhookIdFor(trigger.EventId, subscription.Id), Delivery.WebhookChannel, now, now,
                        delivery =>
                        {
                            delivery.SubscriptionId = subscription.Id;
                            delivery.Payload = new WebhookPayload(trigger.EventId, trigger.Type, trigger.TenantId, trigger.OccurredAt, trigger.Payload).ToJson();
                        });
                    plan.Writes.Add(s => s.Insert(webhook));
                    plan.Queued++;
                }
            }
        }

        var stored = plan.Stored;
        plan.Writes.Add(s => LiveFeedSignal.Queue(s, tenantId, stored));
        return plan;
    }

    /// <summary>Everything in one transaction, through as many sessions as it takes.</summary>
    private async Task Commit(IReadOnlyList<DispatchPlan> plans, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var plan in plans)
        {
            foreach (var chunk in plan.Writes.Chunk(WritesPerSession))
            {
                var options = SessionOptions.ForTransaction(transaction);
                options.TenantId = plan.TenantId;
                await using var session = store.LightweightSession(options);
                foreach (var write in chunk)
                {
                    write(session);
                }

                await session.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>At most one nudge per conversation and member a day, and none about a wait that was already answered.</summary>
    private static bool MayNudge(
        Trigger trigger, Dictionary<string, NudgeState> states, Dictionary<string, ConversationAnswer> answers, List<Action<IDocumentSession>> writes, DateTimeOffset now)
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
        writes.Add(s => s.Store(state));
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
