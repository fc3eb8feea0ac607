namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>
/// Events Marten's async daemon gave up on (a projection or a forwarder failed on them) and set aside in the
/// service's schema: nothing acts on them until someone looks.
/// </summary>
public sealed class DeadLetterEventsCount(NpgsqlDataSource dataSource, string schemaName) : ILeftBehindCount
{
    public string Name => "networkingplatform.faults.dead_letter_events";

    public string Unit => "{event}";

    public string Description => $"Events set aside in {schemaName}.mt_doc_deadletterevent after a projection or forwarder failed on them.";

    public async Task<long> Count(CancellationToken cancellationToken)
    {
        var table = $"{schemaName}.mt_doc_deadletterevent";
        if (!await StoreTable.Exists(dataSource, table, cancellationToken))
        {
            return 0;
        }

        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
