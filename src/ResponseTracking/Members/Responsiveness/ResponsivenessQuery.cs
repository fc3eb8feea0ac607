using Marten;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using Npgsql;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// A member's figures as one SQL aggregate over <see cref="ReplyTimesTable"/> for the conversations received in the
/// window: counts, and medians and p90s exactly as <see cref="Percentile"/> defines them (PostgreSQL's percentile_cont
/// interpolates between the closest ranks the same way), rounded to the 100 ns tick. A member with 10,000 conversations
/// costs one scan of an index and no rows sent back.
/// </summary>
public sealed class ResponsivenessQuery(NpgsqlDataSource dataSource)
{
    private const string Sql = $"""
        SELECT member,
            count(*) FILTER (WHERE answer = 0),
            count(calendar_ticks) FILTER (WHERE answer = 0),
            count(*) FILTER (WHERE answer = 0 AND declined),
            percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY calendar_ticks::float8) FILTER (WHERE answer = 0),
            percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_ticks::float8) FILTER (WHERE answer = 0),
            count(calendar_ticks),
            percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY calendar_ticks::float8),
            percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_ticks::float8)
        FROM {ReplyTimesTable.Name}
        WHERE tenant_id = $1 AND member = ANY($2) AND owed_since >= $3
        GROUP BY member
        """;

    public async Task<(ResponsivenessFigures Figures, ResponsePromise Settings)> Load(
        IQuerySession session, string member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = await Figures(session.TenantId, [member], now, cancellationToken);
        var settings = await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member };
        return (figures[member], settings);
    }

    /// <summary>The figures of many members of one tenant in one query; a member with nothing received gets empty figures.</summary>
    public async Task<IReadOnlyDictionary<string, ResponsivenessFigures>> Figures(
        string tenantId, IReadOnlyCollection<string> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(members.ToArray());
        command.Parameters.AddWithValue(now - ResponsivenessFigures.Window);
        var figures = members.Distinct(StringComparer.Ordinal).ToDictionary(m => m, _ => ResponsivenessFigures.Empty, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (received, answered, declined) = ((int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
            var replies = (int)reader.GetInt64(6);
            figures[reader.GetString(0)] = new ResponsivenessFigures(
                received,
                answered - declined,
                declined,
                received - answered,
                received == 0 ? null : (double)answered / received,
                Distribution(answered, reader, 4),
                Distribution(replies, reader, 7),
                Distribution(answered, reader, 5),
                Distribution(replies, reader, 8));
        }

        return figures;
    }

    private static ReplyTimeDistribution Distribution(int count, NpgsqlDataReader reader, int ordinal)
    {
        if (count == 0 || reader.IsDBNull(ordinal))
        {
            return new ReplyTimeDistribution(0, null, null);
        }

        var percentiles = reader.GetFieldValue<double[]>(ordinal);
        return new ReplyTimeDistribution(count, Ticks(percentiles[0]), Ticks(percentiles[1]));
    }

    private static TimeSpan Ticks(double ticks) => TimeSpan.FromTicks((long)Math.Round(ticks));
}
