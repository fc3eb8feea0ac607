using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.Ingestion.FunctionalTests;

/// <summary>Faults and leftovers made in the run's own database, the way a fault would leave them.</summary>
internal static class DatabaseFaults
{
    /// <summary>
    /// PostgreSQL refuses to take the tenant's keys that match <paramref name="keyPattern"/> (SQL LIKE), as a full disk or
    /// a broken replica would refuse every write, until disposed.
    /// </summary>
    public static async Task<IAsyncDisposable> RefuseKeys(IsolatedInfrastructure infrastructure, string tenant, string keyPattern)
    {
        var name = $"refuse_{Guid.NewGuid():N}";
        await Sql(infrastructure, $"""
            CREATE FUNCTION ingestion.{name}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.tenant_id = '{tenant}' AND NEW.key LIKE '{keyPattern}' THEN RAISE EXCEPTION 'The test refuses the keys of this tenant'; END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER {name} BEFORE INSERT ON ingestion.ingested_keys FOR EACH ROW EXECUTE FUNCTION ingestion.{name}();
            """);
        return new Undo(() => Sql(infrastructure, $"DROP TRIGGER {name} ON ingestion.ingested_keys; DROP FUNCTION ingestion.{name}();"));
    }

    public static async Task Sql(IsolatedInfrastructure infrastructure, string sql)
    {
        await using var connection = new NpgsqlConnection(infrastructure.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }
}
