using Marten;
using Microsoft.Extensions.Options;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Preferences;
using Npgsql;
using UUIDNext;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>
/// Once a week per member, at their digest time on the configured day in their time zone, queues an email with their
/// responsiveness as ResponseTracking tells it. The email is a durable delivery whose id is derived from the member
/// and the ISO week, so a restart or a second replica never queues a second one; the delivery worker then sends it
/// (retrying while the mail server is down). A member ResponseTracking does not answer for is tried at the next scan.
/// </summary>
public sealed class WeeklySummaryScheduler(
    IDocumentStore store,
    NpgsqlDataSource database,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    DeliveryWakeUp wakeUp,
    IOptions<WeeklySummaryOptions> options,
    ILogger<WeeklySummaryScheduler> logger) : BackgroundService
{
    // Replicas take turns, as the delivery worker's do: one scan at a time asks ResponseTracking and queues.
    private const long ScanLock = 0x4e505f5745454b4c;
    private static readonly Guid Namespace = new("5c1b7d62-0b7e-4f43-9a8e-1f9b6c2f7a31");

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

    /// <summary>One scan over every tenant's members. Returns how many summaries it queued.</summary>
    public async Task<int> RunOnce(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var turn = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"select pg_try_advisory_xact_lock({ScanLock})", connection, turn))
        {
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<MemberPreferences> members;
        await using (var query = store.QuerySession())
        {
            members = await query.Query<MemberPreferences>()
                .Where(p => p.AnyTenant() && p.WeeklySummary && p.Email != null)
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
        Uuid.NewNameBased(Namespace, $"{tenantId}:{NotificationTypes.WeeklySummary}:{member}:{week}");

    private async Task<int> QueueDue(
        string tenantId, IReadOnlyList<MemberPreferences> members, ResponseTrackingClient responseTracking, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = members.Select(member => (Member: member, Week: SummaryWeek.Of(member, now, options.Value.Day)))
            .Where(candidate => candidate.Week.IsDue(now, options.Value.CatchUpWithin))
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        await using var session = store.LightweightSession(tenantId);
        var queuedBefore = (await session.LoadManyAsync<Delivery>(cancellationToken,
            [.. due.Select(d => DeliveryIdFor(tenantId, d.Member.Id, d.Week.Key))])).Select(d => d.Id).ToHashSet();
        var queued = 0;
        foreach (var (member, week) in due.Where(d => !queuedBefore.Contains(DeliveryIdFor(tenantId, d.Member.Id, d.Week.Key))))
        {
            if (await responseTracking.Get(tenantId, member.Id, cancellationToken) is not { } figures)
            {
                continue;
            }

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
            queued++;
        }

        // Should a second scan ever race this one past the lock, the derived id makes its insert fail: still one email.
        await session.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
