using Marten;
using Npgsql;
using NpgsqlTypes;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// One PostgreSQL transaction holding both the keys taken and the Marten events and documents that go with them:
/// either a message is taken and its event will be forwarded, or neither happened.
/// </summary>
public sealed class IngestionTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly string tenantId;
    private readonly string schema;

    private IngestionTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, IDocumentSession session, string tenantId, string schema)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.tenantId = tenantId;
        this.schema = schema;
        Session = session;
    }

    public IDocumentSession Session { get; }

    public static async Task<IngestionTransaction> Begin(NpgsqlDataSource dataSource, IDocumentStore store, string tenantId, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var options = Marten.Services.SessionOptions.ForTransaction(transaction);
        options.TenantId = tenantId;
        var session = store.LightweightSession(options);
        session.CarryTrace();
        return new IngestionTransaction(connection, transaction, session, tenantId, store.Options.DatabaseSchemaName);
    }

    /// <summary>
    /// Takes the keys not taken before and returns them. A key another transaction is taking at the same moment
    /// waits for that transaction: if it commits, the key is not new here; if it rolls back, it is. Keys are taken in
    /// one order everywhere, so two transactions sharing keys wait for each other at most one way, never both.
    /// </summary>
    public async Task<IReadOnlySet<string>> TakeNew(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return taken;
        }

        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {schema}.{IngestedKeysTable.Name} (tenant_id, key)
            SELECT @tenant, key FROM unnest(@keys) WITH ORDINALITY AS taking(key, n) ORDER BY n
            ON CONFLICT DO NOTHING
            RETURNING key
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            taken.Add(reader.GetString(0));
        }

        return taken;
    }

    public async Task Commit(CancellationToken cancellationToken)
    {
        await Session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
