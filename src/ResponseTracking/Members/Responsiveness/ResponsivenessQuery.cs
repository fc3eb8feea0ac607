using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Reporting;
using NpgsqlTypes;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// Members' figures as one SQL aggregate over <see cref="ReplyTimesTable"/> for the conversations received in the
/// window: counts, and medians and p90s exactly as <see cref="Percentile"/> defines them (PostgreSQL's percentile_cont
/// interpolates between the closest ranks the same way), rounded to the 100 ns tick. A member's own figures, read over
/// HTTP, are those kept in <see cref="KeptFiguresTable"/> while they are current, else aggregated and kept; both come
/// from one statement, so the generation read with an aggregate is the one it was computed at.
/// </summary>
public sealed class ResponsivenessQuery(NpgsqlDataSource dataSource)
{
    private static readonly string[] Columns =
        ["received", "answered", "declined", "replies", "first_calendar", "first_business", "all_calendar", "all_business"];

    private const string Aggregates = $"""
                {ReplyCounts.Columns},
                count(calendar_ticks) AS replies,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY calendar_ticks::float8) FILTER (WHERE answer = 0) AS first_calendar,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_ticks::float8) FILTER (WHERE answer = 0) AS first_business,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY calendar_ticks::float8) AS all_calendar,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_ticks::float8) AS all_business,
                min(owed_since) AS oldest
        """;

    private static readonly string CurrentSql = $"""
        SELECT $2, coalesce(k.generation, 0), h.kept, a.oldest,
            {string.Join(", ", Columns.Select(c => $"CASE WHEN h.kept THEN k.{c} ELSE a.{c} END"))}
        FROM (SELECT 1) AS one
        LEFT JOIN {KeptFiguresTable.Name} k ON k.tenant_id = $1 AND k.member = $2
        CROSS JOIN LATERAL (
            SELECT coalesce(k.kept_generation = k.generation AND (k.valid_until IS NULL OR k.valid_until > $3), false) AS kept) h
        LEFT JOIN LATERAL (
            SELECT {Aggregates}
            FROM {ReplyTimesTable.Name}
            -- No scan at all when the kept figures serve.
            WHERE NOT h.kept AND tenant_id = $1 AND member = $2 AND owed_since >= $4) a ON true
        """;

    // Many members by ANY, as the forwarder asks after each page of replies: aggregated, never kept, since the next
    // page changes them again.
    private static readonly string ManyMembersSql = $"""
        SELECT member, 0::bigint, false, oldest, {string.Join(", ", Columns)}
        FROM (SELECT member, {Aggregates} FROM {ReplyTimesTable.Name} WHERE tenant_id = $1 AND member = ANY($2) AND owed_since >= $3 GROUP BY member) a
        """;

    private static readonly string KeepSql = $"""
        INSERT INTO {KeptFiguresTable.Name} AS k (tenant_id, member, generation, kept_generation, valid_until, {string.Join(", ", Columns)})
        VALUES ($1, $2, $3, $3, $4, {string.Join(", ", Columns.Select((_, i) => $"${i + 5}"))})
        ON CONFLICT (tenant_id, member) DO UPDATE SET kept_generation = excluded.kept_generation, valid_until = excluded.valid_until,
            {string.Join(", ", Columns.Select(c => $"{c} = excluded.{c}"))}
        WHERE k.generation = excluded.generation
        """;

    public async Task<(ResponsivenessFigures Figures, ResponsePromise Settings)> Load(
        IQuerySession session, string member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = await Current(session.TenantId, member, now, cancellationToken);
        var settings = await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member };
        return (figures, settings);
    }

    /// <summary>The figures of many members of one tenant in one query; a member with nothing received gets empty figures.</summary>
    public async Task<IReadOnlyDictionary<string, ResponsivenessFigures>> Figures(
        string tenantId, IReadOnlyCollection<string> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var distinct = members.Distinct(StringComparer.Ordinal).ToArray();
        await using var command = dataSource.CreateCommand(ManyMembersSql);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(distinct);
        command.Parameters.AddWithValue(now - ResponsivenessFigures.Window);
        var figures = distinct.ToDictionary(m => m, _ => ResponsivenessFigures.Empty, StringComparer.Ordinal);
        foreach (var row in await Rows(command, cancellationToken))
        {
            figures[row.Member] = row.Figures;
        }

        return figures;
    }

    /// <summary>One member's figures: kept ones while current, else aggregated and kept.</summary>
    internal async Task<ResponsivenessFigures> Current(string tenantId, string member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await Read(tenantId, member, now, cancellationToken);
        if (!row.WasKept && !row.IsEmpty)
        {
            await Keep(tenantId, row, cancellationToken);
        }

        return row.Figures;
    }

    /// <summary>The kept figures if current, else freshly aggregated ones with the generation they are current at.</summary>
    internal async Task<MemberFigures> Read(string tenantId, string member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CurrentSql);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(member);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(now - ResponsivenessFigures.Window);
        return (await Rows(command, cancellationToken)).Single();
    }

    private static async Task<List<MemberFigures>> Rows(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<MemberFigures>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new MemberFigures(
                reader.GetString(0),
                reader.GetInt64(1),
                reader.GetBoolean(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                [.. Enumerable.Range(4, 4).Select(i => reader.IsDBNull(i) ? 0 : reader.GetInt64(i))],
                [.. Enumerable.Range(8, 4).Select(i => reader.IsDBNull(i) ? null : reader.GetFieldValue<double[]>(i))]));
        }

        return rows;
    }

    /// <summary>
    /// Keeps freshly aggregated figures, marked with the generation they were read at: a commit on the member since then
    /// has moved its generation on, and they are never served.
    /// </summary>
    internal async Task Keep(string tenantId, MemberFigures fresh, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(KeepSql);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(fresh.Member);
        command.Parameters.AddWithValue(fresh.Generation);
        command.Parameters.Add(new NpgsqlParameter { Value = fresh.Oldest is { } oldest ? oldest + ResponsivenessFigures.Window : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        foreach (var count in fresh.Counts)
        {
            command.Parameters.AddWithValue(count);
        }

        foreach (var percentiles in fresh.Percentiles)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)percentiles ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
