using NetworkingPlatform.Gateway.Extensions;
using Npgsql;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>
/// The token buckets themselves, one row each in PostgreSQL, refilled by the database's clock so that every replica
/// agrees. A replica takes a slice of tokens at a time (<see cref="SharedTokenBucket"/>): one statement, which refills
/// the row for the time since it was last touched and takes what it can, locking only that row.
/// </summary>
public sealed class SharedBuckets(NpgsqlDataSource database)
{
    /// <summary>A row untouched this long is a full bucket, as if it were not there, so it may go.</summary>
    public static readonly TimeSpan ForgottenAfter = TimeSpan.FromMinutes(10);

    private const string Table = $"{GatewayExtensions.SchemaName}.{RateLimitBucketsTable.Name}";

    // $1 bucket, $2 capacity, $3 tokens a second, $4 tokens wanted (at most the capacity).
    private const string TakeSql =
        $"""
        INSERT INTO {Table} AS b (bucket, tokens, granted, updated_at) VALUES ($1, $2 - $4, $4, now())
        ON CONFLICT (bucket) DO UPDATE SET
            granted = LEAST($4, floor(LEAST($2, b.tokens + GREATEST(0, extract(epoch FROM now() - b.updated_at)) * $3)))::int,
            tokens = LEAST($2, b.tokens + GREATEST(0, extract(epoch FROM now() - b.updated_at)) * $3)
                   - LEAST($4, floor(LEAST($2, b.tokens + GREATEST(0, extract(epoch FROM now() - b.updated_at)) * $3))),
            updated_at = GREATEST(b.updated_at, now())
        RETURNING granted, tokens
        """;

    /// <returns>The tokens granted, and what the bucket holds after them.</returns>
    public async Task<(int Granted, double Left)> Take(string bucket, int capacity, double perSecond, int wanted, CancellationToken cancellationToken)
    {
        await using var take = database.CreateCommand(TakeSql);
        take.Parameters.Add(new() { Value = bucket });
        take.Parameters.Add(new() { Value = (double)capacity });
        take.Parameters.Add(new() { Value = perSecond });
        take.Parameters.Add(new() { Value = Math.Min(wanted, capacity) });
        await using var reader = await take.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetDouble(1));
    }

    public async Task<int> ForgetIdle(CancellationToken cancellationToken)
    {
        await using var forget = database.CreateCommand($"DELETE FROM {Table} WHERE updated_at < now() - $1");
        forget.Parameters.Add(new() { Value = ForgottenAfter });
        return await forget.ExecuteNonQueryAsync(cancellationToken);
    }
}
