using NetworkingPlatform.Ingestion.Extensions;

namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// Idempotency-Keys claimed by a request that never answered (the service or its database stopped under it) for longer
/// than any request runs: their retries are refused with 409 until the claim is taken over or released.
/// </summary>
public sealed class StuckClaimsCount(NpgsqlDataSource dataSource) : ILeftBehindCount
{
    public static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(30);

    public string Name => "networkingplatform.faults.stuck_idempotency_claims";

    public string Unit => "{claim}";

    public string Description => $"Idempotency-Key claims without an answer for more than {StuckAfter.TotalSeconds:N0} s.";

    public async Task<long> Count(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT count(*) FROM {IngestionExtensions.SchemaName}.{IdempotencyRecordsTable.Name} WHERE status_code IS NULL AND created_at < now() - $1");
        command.Parameters.Add(new NpgsqlParameter { Value = StuckAfter });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
