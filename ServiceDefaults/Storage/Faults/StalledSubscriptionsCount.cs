namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>
/// Subscriptions and projections of Marten's async daemon that are behind the committed events and have not moved for
/// <paramref name="stalledAfter"/>: a forwarder that keeps failing (its broker or a called service away) or a shard the
/// daemon paused. What they have not processed is neither forwarded nor projected until they move again. A shard that
/// never moved has no position yet and is not counted.
/// </summary>
public sealed class StalledSubscriptionsCount(NpgsqlDataSource dataSource, string schemaName, TimeSpan stalledAfter) : ILeftBehindCount
{
    public string Name => "networkingplatform.faults.stalled_subscriptions";

    public string Unit => "{subscription}";

    public string Description => $"Async daemon shards in {schemaName} behind the committed events that have not moved for {stalledAfter.TotalSeconds:N0} s.";

    public async Task<long> Count(CancellationToken cancellationToken)
    {
        var table = $"{schemaName}.mt_event_progression";
        if (!await StoreTable.Exists(dataSource, table, cancellationToken))
        {
            return 0;
        }

        await using var count = dataSource.CreateCommand($"""
            SELECT count(*) FROM {table} shard
            JOIN {table} committed ON committed.name = 'HighWaterMark'
            WHERE shard.name NOT IN ('HighWaterMark', 'HighWaterAllocationFence')
              AND shard.last_seq_id < committed.last_seq_id
              AND shard.last_updated < now() - $1
            """);
        count.Parameters.Add(new NpgsqlParameter { Value = stalledAfter });
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
