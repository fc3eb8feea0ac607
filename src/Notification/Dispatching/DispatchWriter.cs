using NetworkingPlatform.Notification.Answers;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Email;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.InApp.LiveStream;
using NetworkingPlatform.Notification.Webhooks;
using SessionOptions = Marten.Services.SessionOptions;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>
/// Stores what was decided for every tenant in one transaction: the in-app notifications (announced to the live streams
/// of every replica on commit), the queued emails and webhook deliveries, and the nudge bookkeeping. Inserts fail on an
/// id that exists, so a race with another replica over the same event rolls everything back for a retry.
/// </summary>
public sealed class DispatchWriter(IDocumentStore store, NpgsqlDataSource database, AnswerLinks answerLinks)
{
    // Marten compares each operation added to a session with every one already in it: a batch of 500 events (a
    // thousand writes) spent a quarter of its CPU there. Sessions of this many writes, in one transaction, keep it small.
    private const int WritesPerSession = 250;

    /// <summary>Everything in one transaction, through as many sessions as it takes.</summary>
    public async Task Write(IReadOnlyList<(string TenantId, DispatchDecision Decision)> decisions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Tenants in one order in every transaction, so that two writers sharing rows cannot deadlock.
        foreach (var (tenantId, decision) in decisions.OrderBy(d => d.TenantId, StringComparer.Ordinal))
        {
            foreach (var chunk in Writes(tenantId, decision, now).Chunk(WritesPerSession))
            {
                var options = SessionOptions.ForTransaction(transaction);
                options.TenantId = tenantId;
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

    private IEnumerable<Action<IDocumentSession>> Writes(string tenantId, DispatchDecision decision, DateTimeOffset now)
    {
        foreach (var nudge in decision.NudgeStates)
        {
            yield return session => session.Store(nudge);
        }

        var notifications = decision.InApp.Select(ToInApp).ToList();
        foreach (var notification in notifications)
        {
            yield return session => session.Insert(notification);
        }

        foreach (var email in decision.Emails.Select(send => ToEmail(send, now)))
        {
            yield return session => session.Insert(email);
        }

        foreach (var webhook in decision.Webhooks.Select(send => ToWebhook(send, now)))
        {
            yield return session => session.Insert(webhook);
        }

        yield return session => LiveFeedSignal.Queue(session, tenantId, notifications);
    }

    private static InAppNotification ToInApp(InAppSend send) => new()
    {
        Id = InAppNotification.IdFor(send.Trigger.EventId, send.Trigger.Recipient),
        Recipient = send.Trigger.Recipient,
        Type = send.Trigger.Type,
        SourceEventId = send.Trigger.EventId,
        ConversationId = send.Trigger.ConversationId,
        WaitingMember = send.Trigger.WaitingMember,
        WaitingSince = send.Trigger.WaitingSince,
        Title = send.Trigger.Title.In(send.Language),
        Body = send.Trigger.Body.In(send.Language),
        CreatedAt = send.Trigger.OccurredAt,
    };

    private Delivery ToEmail(EmailSend send, DateTimeOffset now)
    {
        var (trigger, language) = (send.Trigger, send.Language);
        var answers = trigger.IsNudge ? answerLinks.For(trigger.TenantId, InAppNotification.IdFor(trigger.EventId, trigger.Recipient), language, now) : [];
        var delivery = NewDelivery(trigger, Delivery.EmailIdFor(trigger.EventId, trigger.Recipient), Delivery.EmailChannel, now, send.DueAt);
        delivery.Email = EmailComposer.Compose(send.Address, language, trigger.Title.In(language), trigger.Body.In(language), answers);
        delivery.Digest = send.Digest;
        return delivery;
    }

    private static Delivery ToWebhook(WebhookSend send, DateTimeOffset now)
    {
        var trigger = send.Trigger;
        var delivery = NewDelivery(trigger, Delivery.WebhookIdFor(trigger.EventId, send.SubscriptionId), Delivery.WebhookChannel, now, now);
        delivery.SubscriptionId = send.SubscriptionId;
        delivery.Payload = new WebhookPayload(trigger.EventId, trigger.Type, trigger.TenantId, trigger.OccurredAt, trigger.Payload).ToJson();
        return delivery;
    }

    private static Delivery NewDelivery(Trigger trigger, string id, string channel, DateTimeOffset now, DateTimeOffset dueAt) => new()
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
}
