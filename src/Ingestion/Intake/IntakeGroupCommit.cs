using NetworkingPlatform.Ingestion.Extensions;
using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.People;
using NetworkingPlatform.ServiceDefaults.Telemetry;
using NpgsqlTypes;
using UUIDNext;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// Commits the works of several requests in one transaction: their Idempotency-Keys claimed, their keys taken, their
/// events appended (a stream per tenant) and their answers kept, then one commit. Locks are taken in one order (keys
/// claimed before keys taken, each sorted), so two such transactions sharing keys wait for each other one way only.
/// </summary>
/// <remarks>
/// Mostly every key is new: the claims and a plain insert of the keys go in one round trip behind a savepoint. Only
/// when a key or an Idempotency-Key was taken before is that undone, and the claims and keys taken again one by one.
/// </remarks>
public sealed class IntakeGroupCommit(NpgsqlDataSource dataSource, IDocumentStore store)
{
    private const string Savepoint = "intake";
    private const string Schema = IngestionExtensions.SchemaName;
    private const string InsertKeys =
        $"INSERT INTO {Schema}.{IngestedKeysTable.Name} (tenant_id, key) SELECT t, k FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS taking(t, k, n) ORDER BY n";

    private const string KeepAnswers =
        $"""
        UPDATE {Schema}.{IdempotencyRecordsTable.Name} AS r SET status_code = a.s, content_type = a.c, location = a.l, body = a.b
          FROM unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::bytea[]) AS a(t, k, s, c, l, b)
         WHERE r.tenant_id = a.t AND r.key = a.k
        """;

    /// <returns>Per work, its answer, or null when its Idempotency-Key belongs to another request: read it once committed.</returns>
    public async Task<IReadOnlyList<StoredAnswer?>> Commit(IReadOnlyList<IntakeWork> works, CancellationToken cancellationToken)
    {
        var claiming = ClaimsOf(works);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var taken = await TakeAll(connection, transaction, works, claiming, cancellationToken);

        var answers = new StoredAnswer?[works.Count];
        var kept = new List<(IntakeWork Work, StoredAnswer Answer)>();
        await using var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction));
        var streams = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < works.Count; i++)
        {
            var work = works[i];
            if (work.Idempotency is not null && !claiming.Claimed.Contains(i))
            {
                continue;
            }

            var (events, answer) = work.Complete(TakenBy(work, taken));
            answers[i] = answer;
            if (work.Idempotency is not null)
            {
                kept.Add((work, answer));
            }

            if (events.Count > 0)
            {
                Append(session, streams, work, events);
            }
        }

        foreach (var tenant in works.Where((work, i) => work.People.Count > 0 && answers[i] is not null).GroupBy(w => w.TenantId, StringComparer.Ordinal))
        {
            await PeopleDirectory.Learn(session.ForTenant(tenant.Key), StreamOf(streams, tenant.Key), tenant.SelectMany(w => w.People), cancellationToken);
        }

        if (kept.Count > 0)
        {
            session.QueueSqlCommand(KeepAnswers,
                kept.Select(k => k.Work.TenantId).ToArray(), kept.Select(k => k.Work.Idempotency!.Key).ToArray(),
                kept.Select(k => k.Answer.StatusCode).ToArray(), kept.Select(k => k.Answer.ContentType).ToArray(),
                kept.Select(k => k.Answer.Location).ToArray(), kept.Select(k => k.Answer.Body).ToArray());
        }

        await session.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return answers;
    }

    private static string StreamOf(Dictionary<string, string> streams, string tenantId)
    {
        if (!streams.TryGetValue(tenantId, out var stream))
        {
            stream = $"intake-{Uuid.NewSequential()}";
            streams[tenantId] = stream;
        }

        return stream;
    }

    private static void Append(IDocumentSession session, Dictionary<string, string> streams, IntakeWork work, IReadOnlyList<object> events)
    {
        var appended = session.ForTenant(work.TenantId).Events.Append(StreamOf(streams, work.TenantId), [.. events]);
        if (work.TraceParent is { } traceParent)
        {
            foreach (var appendedEvent in appended.Events.TakeLast(events.Count))
            {
                appendedEvent.SetHeader(PlatformTelemetry.TraceParentHeader, traceParent);
            }
        }
    }

    /// <summary>The keys this work takes: those of its keys taken here that no earlier work of the group took.</summary>
    private static HashSet<string> TakenBy(IntakeWork work, HashSet<(string Tenant, string Key)> taken)
    {
        var mine = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in work.Keys)
        {
            if (taken.Remove((work.TenantId, key)))
            {
                mine.Add(key);
            }
        }

        return mine;
    }

    private static async Task<HashSet<(string Tenant, string Key)>> TakeAll(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IntakeWork> works, Claiming claiming, CancellationToken cancellationToken)
    {
        var keys = KeysOf(works, claiming.Candidates);
        await using (var fast = new NpgsqlBatch(connection, transaction))
        {
            fast.BatchCommands.Add(new NpgsqlBatchCommand($"SAVEPOINT {Savepoint}"));
            if (claiming.Requests.Count > 0)
            {
                fast.BatchCommands.Add(ClaimCommand(claiming.Requests));
            }

            if (keys.Length > 0)
            {
                fast.BatchCommands.Add(KeysCommand(InsertKeys, keys));
            }

            try
            {
                var claimed = await ReadClaims(fast, cancellationToken);
                if (claimed.Count == claiming.Requests.Count)
                {
                    claiming.Accept(claimed);
                    return [.. keys];
                }
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // A key was taken before: take them one by one below.
            }
        }

        await using (var rollback = new NpgsqlCommand($"ROLLBACK TO SAVEPOINT {Savepoint}", connection, transaction))
        {
            await rollback.ExecuteNonQueryAsync(cancellationToken);
        }

        if (claiming.Requests.Count > 0)
        {
            await using var claims = new NpgsqlBatch(connection, transaction) { BatchCommands = { ClaimCommand(claiming.Requests) } };
            claiming.Accept(await ReadClaims(claims, cancellationToken));
        }

        var stillTaking = KeysOf(works, claiming.Claimed.Concat(claiming.WithoutKey));
        var taken = new HashSet<(string, string)>();
        if (stillTaking.Length == 0)
        {
            return taken;
        }

        await using var oneByOne = new NpgsqlBatch(connection, transaction) { BatchCommands = { KeysCommand($"{InsertKeys} ON CONFLICT DO NOTHING RETURNING tenant_id, key", stillTaking) } };
        await using var reader = await oneByOne.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            taken.Add((reader.GetString(0), reader.GetString(1)));
        }

        return taken;
    }

    private static async Task<HashSet<(string Tenant, string Key)>> ReadClaims(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<(string, string)>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (reader.FieldCount == 2 && await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        while (await reader.NextResultAsync(cancellationToken));

        return claimed;
    }

    /// <summary>The keys of the given works, each once, in one order everywhere.</summary>
    private static (string Tenant, string Key)[] KeysOf(IReadOnlyList<IntakeWork> works, IEnumerable<int> indexes) =>
        [.. indexes.SelectMany(i => works[i].Keys.Select(key => (works[i].TenantId, key))).Distinct().Order(TenantKeyOrder.Instance)];

    private static Claiming ClaimsOf(IReadOnlyList<IntakeWork> works)
    {
        var requests = new List<(string Tenant, string Key, string Hash, int Work)>();
        var seen = new HashSet<(string, string)>();
        var withoutKey = new List<int>();
        for (var i = 0; i < works.Count; i++)
        {
            if (works[i].Idempotency is not { } idempotency)
            {
                withoutKey.Add(i);
            }
            else if (seen.Add((works[i].TenantId, idempotency.Key)))
            {
                requests.Add((works[i].TenantId, idempotency.Key, idempotency.RequestHash, i));
            }

            // A second request with a key already in this group waits for the first one's answer.
        }

        requests.Sort((a, b) => TenantKeyOrder.Instance.Compare((a.Tenant, a.Key), (b.Tenant, b.Key)));
        return new Claiming(requests, withoutKey);
    }

    private static NpgsqlBatchCommand ClaimCommand(IReadOnlyList<(string Tenant, string Key, string Hash, int Work)> requests) =>
        new(IdempotencyStore.ClaimSql)
        {
            Parameters =
            {
                TextArray(requests.Select(r => r.Tenant)),
                TextArray(requests.Select(r => r.Key)),
                TextArray(requests.Select(r => r.Hash)),
            },
        };

    private static NpgsqlBatchCommand KeysCommand(string sql, (string Tenant, string Key)[] keys) => new(sql)
    {
        Parameters = { TextArray(keys.Select(k => k.Tenant)), TextArray(keys.Select(k => k.Key)) },
    };

    private static NpgsqlParameter TextArray(IEnumerable<string> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    /// <summary>Which works may take their keys: those without an Idempotency-Key, and those whose key this transaction claimed.</summary>
    private sealed class Claiming(List<(string Tenant, string Key, string Hash, int Work)> requests, List<int> withoutKey)
    {
        public List<(string Tenant, string Key, string Hash, int Work)> Requests { get; } = requests;

        public List<int> WithoutKey { get; } = withoutKey;

        public HashSet<int> Claimed { get; } = [];

        /// <summary>Before the claims are read, every work that asked to claim may take its keys.</summary>
        public IEnumerable<int> Candidates => WithoutKey.Concat(Requests.Select(r => r.Work));

        public void Accept(HashSet<(string Tenant, string Key)> claimed)
        {
            Claimed.Clear();
            Claimed.UnionWith(Requests.Where(r => claimed.Contains((r.Tenant, r.Key))).Select(r => r.Work));
        }
    }

    private sealed class TenantKeyOrder : IComparer<(string Tenant, string Key)>
    {
        public static readonly TenantKeyOrder Instance = new();

        public int Compare((string Tenant, string Key) x, (string Tenant, string Key) y) =>
            string.CompareOrdinal(x.Tenant, y.Tenant) is var byTenant and not 0 ? byTenant : string.CompareOrdinal(x.Key, y.Key);
    }
}
