using Npgsql;

namespace NetworkingPlatform.Platform.FaultTests.Faults;

/// <summary>
/// Every table of one service's schema locked against writes (SHARE mode: reads go on) until disposed. A consumer that
/// took a batch off the broker then waits on its commit with the batch unacknowledged: a batch in flight for as long
/// as the hold lasts, where otherwise it lasts ~100 ms, too short for the broker's statistics to show reliably.
/// </summary>
public sealed class HeldWrites : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private HeldWrites(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (this.connection, this.transaction) = (connection, transaction);

    public static async Task<HeldWrites> Of(string connectionString, string schema, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var tables = new NpgsqlCommand(
            "SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') FROM pg_tables WHERE schemaname = $1", connection, transaction))
        {
            tables.Parameters.Add(new NpgsqlParameter { Value = schema });
            var list = await tables.ExecuteScalarAsync(cancellationToken) as string
                ?? throw new InvalidOperationException($"The schema {schema} has no tables to hold.");
            await using var hold = new NpgsqlCommand($"SET LOCAL lock_timeout = '10s'; LOCK TABLE {list} IN SHARE MODE", connection, transaction);
            await hold.ExecuteNonQueryAsync(cancellationToken);
        }

        return new HeldWrites(connection, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
