using Marten;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using Npgsql;
using NpgsqlTypes;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// A member's figures: those kept in <see cref="KeptFiguresTable"/> while they are current, else one SQL aggregate over
/// <see cref="ReplyTimesTable"/> for the conversations received in the window, which is then kept. The aggregate gives
/// counts, and medians and p90s exactly as <see cref="Percentile"/> defines them (PostgreSQL's percentile_cont
/// interpolates between the closest ranks the same way), rounded to the 100 ns tick. Both come from one statement, so
/// the generation read with an aggregate is the one it was computed at.
/// </summary>
public sealed class ResponsivenessQuery(NpgsqlDataSource dataSource)
{
    private static readonly string[] Columns =
        ["received", "answered", "declined", "replies", "first_calendar", "first_business", "all_calendar", "all_business"];

    private static readonly string ReadSql = $"""
        SELECT m.member, coalesce(k.generation, 0), h.kept, a.oldest,
            {string.Join(", ", Columns.Select(c => $"CASE WHEN h.kept THEN k.{c} ELSE a.{c} END"))}
        FROM unnest($2::text[]) WITH ORDINALITY AS m(member, n)
        LEFT JOIN LATERAL (SELECT * FROM {KeptFiguresTable.Name} WHERE tenant_id = $1 AND member = m.member) k ON true
        CROSS JOIN LATERAL (
            SELECT coalesce(k.kept_generation = k.generation AND (k.valid_until IS NULL OR k.valid_until > $3), false) AS kept) h
        LEFT JOIN LATERAL (
            SELECT
                count(*) FILTER (WHERE answer = 0) AS received,
                count(calendar_ticks) FILTER (WHERE answer = 0) AS answered,
                count(*) FILTER (WHERE answer = 0 AND declined) AS declined,
                count(calendar_ticks) AS replies,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY calendar_ticks::float8) FILTER (WHERE answer = 0) AS first_calendar,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_ticks::float8) FILTER (WHERE answer = 0) AS first_business,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY calendar_ticks::float8) AS all_calendar,
                percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY business_ticks::float8) AS all_business,
                min(owed_since) AS oldest
            FROM {ReplyTimesTable.Name} r
            -- One member by equality, and no scan at all when the kept figures serve.
            WHERE NOT h.kept AND r.tenant_id = $1 AND r.member = m.member AND r.owed_since >= $4) a ON true
        ORDER BY m.n
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
        var figures = await Figures(session.TenantId, [member], now, cancellationToken);
        var settings = await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member };
        return (figures[member], settings);
    }

    /// <summary>The figures of many members of one tenant in one query; a member with nothing received gets empty figures.</summary>
    public async Task<IReadOnlyDictionary<string, ResponsivenessFigures>> Figures(
        string tenantId, IReadOnlyCollection<string> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await Read(tenantId, members, now, cancellationToken);
        await Keep(tenantId, [.. rows.Where(r => !r.WasKept && !r.IsEmpty)], cancellationToken);
        return rows.ToDictionary(r => r.Member, r => r.Figures, StringComparer.Ordinal);
    }

    /// <summary>The kept figures where current, else freshly aggregated ones with the generation they are current at.</summary>
    internal async Task<IReadOnlyList<MemberFigures>> Read(
        string tenantId, IReadOnlyCollection<string> members, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Sorted, so that keeping them locks rows in the same order as the writers do.
        var distinct = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(distinct);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(now - ResponsivenessFigures.Window);
        var rows = new List<MemberFigures>(distinct.Length);
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
    internal async Task Keep(string tenantId, IReadOnlyCollection<MemberFigures> fresh, CancellationToken cancellationToken)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        await using var batch = dataSource.CreateBatch();
        foreach (var row in fresh)
        {
            var command = new NpgsqlBatchCommand(KeepSql);
            command.Parameters.AddWithValue(tenantId);
            command.Parameters.AddWithValue(row.Member);
            command.Parameters.AddWithValue(row.Generation);
            command.Parameters.Add(new NpgsqlParameter { Value = row.Oldest is { } oldest ? oldest + ResponsivenessFigures.Window : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            foreach (var count in row.Counts)
            {
                command.Parameters.AddWithValue(count);
            }

            foreach (var percentiles in row.Percentiles)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)percentiles ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Double });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
