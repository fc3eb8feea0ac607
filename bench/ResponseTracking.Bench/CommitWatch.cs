using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.ResponseTracking.Bench;

/// <summary>
/// Tells when published batches are committed without asking the database while it works (a count over the event
/// table every 50 ms was a load of its own): the consumer finishes a batch only after its commit. Once it is done, one
/// count of the recorded messages, outside the timing, confirms that none was lost.
/// </summary>
public sealed class CommitWatch(ConsumeCounter consumed, NpgsqlDataSource database)
{
    public async Task<(int Batches, long Messages)> Mark() => (consumed.Consumed<MessagesIngested>(), await Recorded());

    public Task WaitForBatches(int count) => consumed.WaitForConsumed<MessagesIngested>(count, TimeSpan.FromMinutes(10));

    public async Task Verify(long expectedMessages)
    {
        var recorded = await Recorded();
        if (recorded < expectedMessages)
        {
            throw new InvalidOperationException($"Only {recorded} of {expectedMessages} messages were recorded.");
        }
    }

    /// <summary>
    /// Waits until the forwarder has published every committed event: measured while it still works through a load,
    /// a query competes with the responsiveness figures the forwarder computes for each page.
    /// </summary>
    public async Task WaitForForwarder(TimeSpan timeout)
    {
        var schema = ResponseTrackingSchema.Name;
        await using var command = database.CreateCommand(
            $"SELECT (SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events) - "
            + $"(SELECT coalesce(max(last_seq_id), 0) FROM {schema}.mt_event_progression WHERE name LIKE 'conversation-events-forwarder%')");
        await Eventually.Get(async () => (long)(await command.ExecuteScalarAsync())! <= 0 ? new object() : null, timeout, "the forwarder caught up");
    }

    private async Task<long> Recorded()
    {
        await using var command = database.CreateCommand(
            $"SELECT count(*) FROM {ResponseTrackingSchema.Name}.mt_events WHERE type = 'message_recorded'");
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }
}
