using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Views;

namespace NetworkingPlatform.ResponseTracking.Overdue;

/// <summary>
/// Finds the replies whose promised deadline passed — deadlines are stored with each member's side of a conversation,
/// so a restart loses none — and appends one <see cref="ReplyWentOverdue"/> per conversation, member and deadline.
/// Publishing is left to the forwarder, from the committed event. Two replicas scanning together collide on the
/// conversation's optimistic version: one commits, the other finds nothing left on its next scan.
/// </summary>
public sealed class OverdueScanner(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<OverdueScanner> logger)
    : BackgroundService
{
    public const string IntervalSetting = "ResponseTracking:OverdueScanInterval";
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(IntervalSetting, TimeSpan.FromSeconds(15));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ScanOnce(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Scanning for overdue replies failed; the next scan retries.");
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <returns>How many due replies were looked at.</returns>
    public async Task<int> ScanOnce(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<MemberConversation> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<MemberConversation>()
                .Where(c => c.AnyTenant() && c.ReplyDueAt <= now)
                .OrderBy(c => c.ReplyDueAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        foreach (var tenant in due.GroupBy(c => c.TenantId ?? string.Empty, StringComparer.Ordinal))
        {
            await Notice(tenant.Key, [.. tenant.Select(c => c.ConversationId).Distinct(StringComparer.Ordinal)], now, cancellationToken);
        }

        return due.Count;
    }

    private async Task Notice(string tenantId, IReadOnlyList<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(tenantId);
        var conversations = await session.LoadManyAsync<Conversation>(cancellationToken, conversationIds);
        var promises = await ConversationViewsProjection.LoadPromises(session, conversations.SelectMany(c => c.Participants()), cancellationToken);
        var noticed = new List<(Conversation, ConversationStatus, bool)>();
        foreach (var conversation in conversations)
        {
            var status = ConversationStatus.Of(conversation);
            var overdue = OverdueDecision.Decide(status, promises, now);
            if (overdue.Count > 0)
            {
                session.Events.Append(conversation.Id, overdue);
                // The status reads the conversation's overdue notices as they are now: its views see these too.
                conversation.ApplyAll(overdue);
            }

            noticed.Add((conversation, status, false));
        }

        // Stored even with nothing overdue: the views then drop a deadline that no longer applies.
        ConversationViewsProjection.Store(session, noticed, promises);
        await session.SaveChangesAsync(cancellationToken);
    }
}
