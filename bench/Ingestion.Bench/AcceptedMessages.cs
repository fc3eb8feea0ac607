using Npgsql;
using NetworkingPlatform.Ingestion.Extensions;

namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>
/// How many messages an import accepted, read from its committed events. The generator's manifest counts what it
/// meant to be importable; the service's own rules decide (one message of a 100,000-message export differs), and the
/// benchmark waits for what was really accepted to be published.
/// </summary>
public static class AcceptedMessages
{
    public static async Task<long> Of(string postgresConnectionString, string importId)
    {
        await using var connection = new NpgsqlConnection(postgresConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            $"SELECT coalesce(sum(jsonb_array_length(data->'Messages')), 0) FROM {IngestionExtensions.SchemaName}.mt_events "
            + "WHERE type = 'messages_accepted' AND data->>'ImportId' = $1", connection);
        count.Parameters.Add(new NpgsqlParameter { Value = importId });
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
