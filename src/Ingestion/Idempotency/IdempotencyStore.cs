using Npgsql;
using NetworkingPlatform.Ingestion.Extensions;

namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// Keys live 24 hours, as with Stripe. A claim whose request never finished (the service stopped mid-request) is
/// released after a few minutes, so a retry is not refused forever; the endpoints behind it are idempotent anyway.
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource)
{
    private const string Table = $"{IngestionExtensions.SchemaName}.{IdempotencyRecordsTable.Name}";

    public async Task<IdempotencyClaim> Claim(string tenantId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var claim = dataSource.CreateCommand(
            $"""
            INSERT INTO {Table} AS r (tenant_id, key, request_hash, created_at) VALUES ($1, $2, $3, now())
            ON CONFLICT (tenant_id, key) DO UPDATE
               SET request_hash = excluded.request_hash, created_at = now(), status_code = NULL, content_type = NULL, location = NULL, body = NULL
             WHERE r.created_at < now() - interval '24 hours'
                OR (r.status_code IS NULL AND r.created_at < now() - interval '5 minutes')
            RETURNING 1
            """);
        claim.Parameters.Add(new() { Value = tenantId });
        claim.Parameters.Add(new() { Value = key });
        claim.Parameters.Add(new() { Value = requestHash });
        if (await claim.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return new IdempotencyClaim.Claimed();
        }

        await using var read = dataSource.CreateCommand(
            $"SELECT request_hash, status_code, content_type, location, body FROM {Table} WHERE tenant_id = $1 AND key = $2");
        read.Parameters.Add(new() { Value = tenantId });
        read.Parameters.Add(new() { Value = key });
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // Released between the two statements: the retry may run.
            return new IdempotencyClaim.InProgress();
        }

        if (reader.GetString(0) != requestHash)
        {
            return new IdempotencyClaim.UsedForAnotherRequest();
        }

        return reader.IsDBNull(1)
            ? new IdempotencyClaim.InProgress()
            : new IdempotencyClaim.Answered(new StoredAnswer(
                reader.GetInt32(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                (byte[])reader.GetValue(4)));
    }

    public async Task Complete(string tenantId, string key, StoredAnswer answer, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE {Table} SET status_code = $3, content_type = $4, location = $5, body = $6 WHERE tenant_id = $1 AND key = $2");
        command.Parameters.Add(new() { Value = tenantId });
        command.Parameters.Add(new() { Value = key });
        command.Parameters.Add(new() { Value = answer.StatusCode });
        command.Parameters.Add(new() { Value = (object?)answer.ContentType ?? DBNull.Value });
        command.Parameters.Add(new() { Value = (object?)answer.Location ?? DBNull.Value });
        command.Parameters.Add(new() { Value = answer.Body });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task Release(string tenantId, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {Table} WHERE tenant_id = $1 AND key = $2 AND status_code IS NULL");
        command.Parameters.Add(new() { Value = tenantId });
        command.Parameters.Add(new() { Value = key });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
