using NetworkingPlatform.Ingestion.Extensions;

namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// Keys live 24 hours, as with Stripe. A claim without an answer is held under a <see cref="Lease"/> that the running
/// request renews: a claim whose request died (its process stopped, or it failed while the database was unreachable
/// and could not release it) is taken over by the next retry once the lease ran out.
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource, ILogger<IdempotencyStore> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private const string Table = $"{IngestionExtensions.SchemaName}.{IdempotencyRecordsTable.Name}";

    /// <summary>Takes the key, or a claim nobody answered within its lease, or one older than a day. Arrays of tenants, keys and hashes, in one statement.</summary>
    public static readonly string ClaimSql =
        $"""
        INSERT INTO {Table} AS r (tenant_id, key, request_hash, created_at)
        SELECT t, k, h, now() FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS c(t, k, h, n) ORDER BY n
        ON CONFLICT (tenant_id, key) DO UPDATE
           SET request_hash = excluded.request_hash, created_at = now(), status_code = NULL, content_type = NULL, location = NULL, body = NULL
         WHERE r.created_at < now() - interval '24 hours'
            OR (r.status_code IS NULL AND r.created_at < now() - interval '{(int)Lease.TotalSeconds} seconds')
        RETURNING tenant_id, key
        """;

    public async Task<IdempotencyClaim> Claim(string tenantId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var claim = dataSource.CreateCommand(ClaimSql);
        claim.Parameters.Add(new() { Value = new[] { tenantId } });
        claim.Parameters.Add(new() { Value = new[] { key } });
        claim.Parameters.Add(new() { Value = new[] { requestHash } });
        if (await claim.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return new IdempotencyClaim.Claimed();
        }

        return await Read(tenantId, key, requestHash, cancellationToken);
    }

    /// <summary>What became of a key another request claimed: its answer, or that it is still running or was for another request.</summary>
    public async Task<IdempotencyClaim> Read(string tenantId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await using var read = dataSource.CreateCommand(
            $"SELECT request_hash, status_code, content_type, location, body FROM {Table} WHERE tenant_id = $1 AND key = $2");
        read.Parameters.Add(new() { Value = tenantId });
        read.Parameters.Add(new() { Value = key });
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // Released meanwhile: the retry may run.
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

    /// <summary>Renews the claim's lease until cancelled; a renewal that fails is tried again at the next turn.</summary>
    public async Task RenewWhileRunning(string tenantId, string key, string requestHash, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Lease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await using var renew = dataSource.CreateCommand(
                        $"UPDATE {Table} SET created_at = now() WHERE tenant_id = $1 AND key = $2 AND request_hash = $3 AND status_code IS NULL");
                    renew.Parameters.Add(new() { Value = tenantId });
                    renew.Parameters.Add(new() { Value = key });
                    renew.Parameters.Add(new() { Value = requestHash });
                    await renew.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (NpgsqlException exception)
                {
                    logger.LogWarning(exception, "Could not renew the lease of an Idempotency-Key.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The request finished.
        }
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
