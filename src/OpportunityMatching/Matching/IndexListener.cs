using System.Threading.Channels;
using NetworkingPlatform.OpportunityMatching.Opportunities;
using Npgsql;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// Brings what another replica committed into this replica's index within milliseconds: the replica that posts,
/// revises or closes an opportunity sends a NOTIFY once that is committed, heard here on a connection of its own, and the opportunities named are read as stored and put into the index (or taken out). It
/// listens before the index is rebuilt, so nothing committed meanwhile is missed; announcements pile up until the
/// rebuild is done. While the connection is down, <see cref="IndexFollower"/>'s polling still catches up.
/// </summary>
public sealed class IndexListener(NpgsqlDataSource database, IDocumentStore store, OpportunityIndex index, ILogger<IndexListener> logger)
    : PostgresChannelListener(database, logger)
{
    public const string Channel = "opportunity_matching_opportunity_changed";
    private const char Separator = '\n';
    private const int MostAtOnce = 500;
    private readonly Channel<(string TenantId, string Id)> changed = System.Threading.Channels.Channel.CreateUnbounded<(string, string)>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Tells every replica (this one too) that an opportunity changed, once that is committed. Sent after the commit,
    /// not queued in it: Marten reads its batch's answers in order, and pg_notify's would be taken for the events'. If
    /// it is lost (the process dies first, the database is away), the replicas' polling catches up.
    /// </summary>
    public async Task Announce(string tenantId, string opportunityId, CancellationToken cancellationToken)
    {
        try
        {
            await using var notify = Database.CreateCommand("select pg_notify($1, $2)");
            notify.Parameters.Add(new() { Value = Channel });
            notify.Parameters.Add(new() { Value = $"{tenantId}{Separator}{opportunityId}" });
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not announce opportunity {OpportunityId} to the other replicas; their polling catches up.", opportunityId);
        }
    }

    protected override string ChannelName => Channel;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(base.ExecuteAsync(stoppingToken), Apply(stoppingToken));

    protected override Task Heard(string payload, CancellationToken cancellationToken)
    {
        if (payload.Split(Separator, 2) is [var tenantId, var id])
        {
            changed.Writer.TryWrite((tenantId, id));
        }

        return Task.CompletedTask;
    }

    private async Task Apply(CancellationToken stoppingToken)
    {
        try
        {
            await index.WhenReady(stoppingToken);
            while (await changed.Reader.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<(string TenantId, string Id)>();
                while (batch.Count < MostAtOnce && changed.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                try
                {
                    foreach (var tenant in batch.GroupBy(change => change.TenantId, change => change.Id, StringComparer.Ordinal))
                    {
                        await using var session = store.QuerySession(tenant.Key);
                        var ids = tenant.Distinct(StringComparer.Ordinal).ToArray();
                        var stored = await session.LoadManyAsync<Opportunity>(stoppingToken, ids);
                        IndexFollower.Apply(index, stored);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Reading announced opportunities failed; polling catches up.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
