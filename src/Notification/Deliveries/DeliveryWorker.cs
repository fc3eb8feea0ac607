using System.Diagnostics;
using NetworkingPlatform.Notification.Email;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Unsubscribing;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>
/// Hands due deliveries to their channel, in parallel, and records each attempt. A delivery stays pending in the
/// database until its channel took it, so a mail server or receiver that is down, or a restart, loses nothing.
/// </summary>
public sealed class DeliveryWorker(
    IDocumentStore store,
    NpgsqlDataSource database,
    TimeProvider clock,
    DeliveryWakeUp wakeUp,
    EmailSender emails,
    UnsubscribeLinks unsubscribeLinks,
    WebhookSender webhooks,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    // Replicas of the service take turns: one round at a time holds this lock, so no delivery is sent twice at once.
    private const long RoundLock = 0x4e505f44454c4956;
    private readonly RetrySchedule retries = new(options.Value, Random.Shared.NextDouble);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await RunOnce(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "A delivery round failed; the deliveries stay pending and are tried again.");
            }

            if (handled == 0)
            {
                try
                {
                    await wakeUp.Wait(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One round: the due deliveries of every tenant, oldest first. Returns how many were attempted.</summary>
    public async Task<int> RunOnce(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var turn = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"select pg_try_advisory_xact_lock({RoundLock})", connection, turn))
        {
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        var now = clock.GetUtcNow();
        List<Delivery> due;
        await using (var query = store.QuerySession())
        {
            due = [.. await query.Query<Delivery>()
                .Where(d => d.AnyTenant() && d.Status == DeliveryStatus.Pending && d.DueAt <= now)
                .OrderBy(d => d.DueAt)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken)];
        }

        foreach (var tenant in due.GroupBy(d => d.TenantId))
        {
            await Deliver(tenant.Key, [.. tenant], cancellationToken);
        }

        await turn.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task Deliver(string tenantId, IReadOnlyList<Delivery> all, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(tenantId);
        var due = await WithoutAnsweredNudges(session, all, cancellationToken);
        var subscriptionIds = due.Where(d => d.SubscriptionId is not null).Select(d => d.SubscriptionId!.Value).Distinct().ToArray();
        var subscriptions = subscriptionIds.Length == 0
            ? []
            : (await session.LoadManyAsync<WebhookSubscription>(cancellationToken, subscriptionIds)).ToDictionary(s => s.Id);
        var digestRecipients = due.Where(d => d.Digest && d.Email is not null).Select(d => d.Recipient!).Distinct().ToArray();
        var languages = digestRecipients.Length == 0
            ? []
            : (await session.LoadManyAsync<MemberPreferences>(cancellationToken, digestRecipients)).ToDictionary(p => p.Id, p => p.Language);

        var units = due.Where(d => !d.Digest).Select(d => (IReadOnlyList<Delivery>)[d])
            .Concat(due.Where(d => d.Digest).GroupBy(d => d.Recipient).Select(g => (IReadOnlyList<Delivery>)[.. g]))
            .ToList();
        var disabled = new List<WebhookSubscription>();
        await Parallel.ForEachAsync(units, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (unit, token) =>
            {
                var attempt = await Attempt(unit, subscriptions, languages, token);
                foreach (var delivery in unit)
                {
                    retries.Record(delivery, attempt);
                    if (delivery.Status == DeliveryStatus.Failed && delivery.SubscriptionId is { } id && subscriptions.TryGetValue(id, out var subscription))
                    {
                        lock (disabled)
                        {
                            disabled.Add(subscription);
                        }
                    }
                }
            });

        var now = clock.GetUtcNow();
        foreach (var subscription in disabled.Distinct().Where(s => s.Enabled))
        {
            // A receiver that failed for the whole retry window is taken out of rotation until its owner re-enables it.
            subscription.Enabled = false;
            subscription.DisabledAt = now;
            subscription.DisabledReason = $"Deliveries kept failing for {options.Value.GiveUpAfter.TotalHours:0} h.";
            session.Store(subscription);
        }

        session.Store(all.ToArray());
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A last look before sending: a nudge email whose conversation was answered meanwhile is withdrawn, not sent.</summary>
    private static async Task<IReadOnlyList<Delivery>> WithoutAnsweredNudges(IDocumentSession session, IReadOnlyList<Delivery> due, CancellationToken cancellationToken)
    {
        var nudgeIds = due.Where(IsNudgeEmail)
            .Select(d => ConversationAnswer.IdFor(d.ConversationId!, d.Recipient!)).Distinct().ToArray();
        if (nudgeIds.Length == 0)
        {
            return due;
        }

        var answers = (await session.LoadManyAsync<ConversationAnswer>(cancellationToken, nudgeIds)).ToDictionary(a => a.Id);
        var sendable = new List<Delivery>(due.Count);
        foreach (var delivery in due)
        {
            if (IsNudgeEmail(delivery) && delivery is { ConversationId: { } conversation, Recipient: { } member }
                && answers.TryGetValue(ConversationAnswer.IdFor(conversation, member), out var answer) && answer.Settles(delivery.WaitingSince))
            {
                delivery.Status = DeliveryStatus.Withdrawn;
                continue;
            }

            sendable.Add(delivery);
        }

        return sendable;
    }

    private static bool IsNudgeEmail(Delivery delivery) =>
        delivery is { EventType: NotificationTypes.ReplyOverdue, Channel: Delivery.EmailChannel, ConversationId: not null, Recipient: not null };

    private async Task<DeliveryAttempt> Attempt(
        IReadOnlyList<Delivery> unit, Dictionary<Guid, WebhookSubscription> subscriptions, Dictionary<string, string> languages, CancellationToken cancellationToken)
    {
        var first = unit[0];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.AttemptTimeout);
        var at = clock.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        if (first.Channel == Delivery.WebhookChannel)
        {
            if (first.SubscriptionId is not { } id || !subscriptions.TryGetValue(id, out var subscription) || !subscription.Enabled)
            {
                return new DeliveryAttempt(at, false, null, "The subscription is disabled or gone.", TimeSpan.Zero);
            }

            var response = await webhooks.Send(subscription, new WebhookMessage(first.Id, first.EventId, first.EventType, first.Payload ?? "{}"), at, timeout.Token);
            return new DeliveryAttempt(at, response.Succeeded, response.StatusCode, response.Failure, Stopwatch.GetElapsedTime(started));
        }

        var content = first.Digest
            ? EmailComposer.Digest(first.Email!.To, languages.GetValueOrDefault(first.Recipient!, MemberPreferences.DefaultLanguage), [.. unit.Select(d => d.Email!)])
            : first.Email!;
        try
        {
            var unsubscribe = first.Recipient is { } member ? unsubscribeLinks.LinkFor(first.TenantId, member) : null;
            await emails.Send(content, first.Id, unsubscribe, timeout.Token);
            return new DeliveryAttempt(at, true, null, null, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Email {DeliveryId} could not be handed to the SMTP server: {Error}", first.Id, exception.Message);
            return new DeliveryAttempt(at, false, null, exception.Message, Stopwatch.GetElapsedTime(started));
        }
    }
}
