using Marten.Patching;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.ServiceDefaults.Messaging;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>
/// Once a week per member, at their digest time on the configured day in their time zone, queues an email with their
/// responsiveness as ResponseTracking tells it. Each member's preferences carry when their next summary is due, so a
/// scan reads only the members whose time has come and then moves that time to the next week. The email is a durable
/// delivery whose id is derived from the member and the ISO week, so a restart or a second replica never queues a
/// second one; the delivery worker then sends it (retrying while the mail server is down). A member ResponseTracking
/// does not answer for keeps their due time and is tried at the next scan.
/// </summary>
public sealed class WeeklySummaryScheduler(
    IDocumentStore store,
    NpgsqlDataSource database,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    WeeklySummaryCalendar calendar,
    DeliveryWakeUp wakeUp,
    IOptions<WeeklySummaryOptions> options,
    ILogger<WeeklySummaryScheduler> logger) : BackgroundService
{
    // Replicas take turns: one scan at a time asks ResponseTracking and queues. A scan waits for the one running rather
    // than skipping its turn, which would leave a member whose time came meanwhile for the next interval; it then sees
    // what the other committed.
    private const long ScanLock = 0x4e505f5745454b4c;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnce(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "The weekly summary scan failed; the next scan retries.");
            }

            try
            {
                await Task.Delay(options.Value.ScanInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One scan over every tenant's members who are due. Returns how many summaries it queued.</summary>
    public async Task<int> RunOnce(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var turn = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"select pg_advisory_xact_lock({ScanLock})", connection, turn))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<MemberPreferences> members;
        await using (var query = store.QuerySession())
        {
            members = await query.Query<MemberPreferences>()
                .Where(p => p.AnyTenant() && p.WeeklySummary && p.Email != null && (p.WeeklySummaryDueAt == null || p.WeeklySummaryDueAt <= now))
                .ToListAsync(cancellationToken);
        }

        var queued = 0;
        using var scope = scopes.CreateScope();
        var responseTracking = scope.ServiceProvider.GetRequiredService<ResponseTrackingClient>();
        foreach (var tenant in members.GroupBy(m => m.TenantId ?? string.Empty, StringComparer.Ordinal))
        {
            queued += await QueueDue(tenant.Key, [.. tenant], responseTracking, now, cancellationToken);
        }

        await turn.CommitAsync(cancellationToken);
        if (queued > 0)
        {
            wakeUp.Signal();
        }

        return queued;
    }

    public static string DeliveryIdFor(string tenantId, string member, string week) =>
        Delivery.EmailIdFor(EventIdFor(tenantId, member, week), member);

    private static Guid EventIdFor(string tenantId, string member, string week) =>
        StableEventId.Of($"{tenantId}:{NotificationTypes.WeeklySummary}:{member}:{week}");

    private async Task<int> QueueDue(
        string tenantId, IReadOnlyList<MemberPreferences> members, ResponseTrackingClient responseTracking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var weeks = members.ToDictionary(member => member.Id, member => SummaryWeek.Of(member, now, options.Value.Day));
        await using var session = store.LightweightSession(tenantId);
        var queuedBefore = (await session.LoadManyAsync<Delivery>(cancellationToken,
            [.. members.Select(member => DeliveryIdFor(tenantId, member.Id, weeks[member.Id].Key))])).Select(d => d.Id).ToHashSet();
        var queued = 0;
        foreach (var member in members)
        {
            var week = weeks[member.Id];
            if (week.IsDue(now, options.Value.CatchUpWithin) && !queuedBefore.Contains(DeliveryIdFor(tenantId, member.Id, week.Key)))
            {
                if (await responseTracking.Get(tenantId, member.Id, cancellationToken) is not { } figures)
                {
                    continue;
                }

                Queue(session, tenantId, member, week, figures, now);
                queued++;
            }

            // Only the due time: the member may be saving other preferences right now.
            session.Patch<MemberPreferences>(member.Id).Set(p => p.WeeklySummaryDueAt, calendar.NextDue(member, now));
        }

        // Should a second scan ever race this one past the lock, the derived id makes its insert fail: still one email.
        await session.SaveChangesAsync(cancellationToken);
        return queued;
    }

    private static void Queue(IDocumentSession session, string tenantId, MemberPreferences member, SummaryWeek week, MemberResponsiveness figures, DateTimeOffset now)
    {
        var eventId = EventIdFor(tenantId, member.Id, week.Key);
        session.Insert(new Delivery
        {
            Id = Delivery.EmailIdFor(eventId, member.Id),
            TenantId = tenantId,
            Channel = Delivery.EmailChannel,
            EventId = eventId,
            EventType = NotificationTypes.WeeklySummary,
            Recipient = member.Id,
            CreatedAt = now,
            DueAt = member.OutsideQuietHours(now),
            Email = WeeklySummaryEmail.Compose(member.Email!, member.Language, figures),
        });
    }
}
