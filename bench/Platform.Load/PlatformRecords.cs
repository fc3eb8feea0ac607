using Npgsql;
using NpgsqlTypes;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// Reads what the services recorded, straight from their schemas in the run's own database: the driver's judge, never
/// part of the platform. Only the load's tenants are read.
/// </summary>
public sealed class PlatformRecords(string connectionString)
{
    /// <summary>Messages ResponseTracking recorded for the tenants: how many there are, cheaply, while catching up.</summary>
    public async Task<long> RecordedMessages(IReadOnlyCollection<string> tenants, CancellationToken cancellationToken)
    {
        const string sql = "SELECT count(*) FROM response_tracking.mt_events WHERE type = 'message_recorded' AND tenant_id = ANY($1)";
        return await Scalar(sql, tenants, cancellationToken);
    }

    /// <summary>"conversation-answered" notifications for the tenants.</summary>
    public async Task<long> AnsweredNotifications(IReadOnlyCollection<string> tenants, CancellationToken cancellationToken)
    {
        const string sql = "SELECT count(*) FROM notification.mt_doc_inappnotification WHERE tenant_id = ANY($1) AND data ->> 'Type' = 'conversation-answered'";
        return await Scalar(sql, tenants, cancellationToken);
    }

    /// <summary>How many times each message id was recorded, per tenant.</summary>
    public async Task<Dictionary<(string Tenant, string MessageId), int>> RecordedCounts(IReadOnlyCollection<string> tenants, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT tenant_id, data ->> 'MessageId', count(*)::int FROM response_tracking.mt_events
             WHERE type = 'message_recorded' AND tenant_id = ANY($1) GROUP BY 1, 2
            """;
        var counts = new Dictionary<(string, string), int>();
        await foreach (var row in Rows(sql, tenants, cancellationToken))
        {
            counts[(row.GetString(0), row.GetString(1))] = row.GetInt32(2);
        }

        return counts;
    }

    /// <summary>"conversation-answered" notifications per conversation and recipient.</summary>
    public async Task<Dictionary<(string Tenant, string ConversationId, string Recipient), int>> AnsweredNotificationCounts(
        IReadOnlyCollection<string> tenants, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT tenant_id, data ->> 'ConversationId', data ->> 'Recipient', count(*)::int FROM notification.mt_doc_inappnotification
             WHERE tenant_id = ANY($1) AND data ->> 'Type' = 'conversation-answered' GROUP BY 1, 2, 3
            """;
        var counts = new Dictionary<(string, string, string), int>();
        await foreach (var row in Rows(sql, tenants, cancellationToken))
        {
            counts[(row.GetString(0), row.GetString(1), row.GetString(2))] = row.GetInt32(3);
        }

        return counts;
    }

    /// <summary>The answered count OpportunityMatching holds for each member it heard about.</summary>
    public async Task<Dictionary<(string Tenant, string Member), int>> MatchingAnsweredCounts(IReadOnlyCollection<string> tenants, CancellationToken cancellationToken)
    {
        const string sql = "SELECT tenant_id, id, (data ->> 'Answered')::int FROM opportunity_matching.mt_doc_counterpartresponsiveness WHERE tenant_id = ANY($1)";
        var counts = new Dictionary<(string, string), int>();
        await foreach (var row in Rows(sql, tenants, cancellationToken))
        {
            counts[(row.GetString(0), row.GetString(1))] = row.GetInt32(2);
        }

        return counts;
    }

    /// <summary>Events Marten's async daemon set aside in any service's schema (a projection or forwarder gave up on them).</summary>
    public async Task<long> DeadLetterEvents(CancellationToken cancellationToken)
    {
        const string sql = "SELECT table_schema FROM information_schema.tables WHERE table_name = 'mt_doc_deadletterevent'";
        var schemas = new List<string>();
        await foreach (var row in Rows(sql, cancellationToken))
        {
            schemas.Add(row.GetString(0));
        }

        long total = 0;
        foreach (var schema in schemas)
        {
            await foreach (var row in Rows($"SELECT count(*) FROM \"{schema}\".mt_doc_deadletterevent", cancellationToken))
            {
                total += row.GetInt64(0);
            }
        }

        return total;
    }

    private async Task<long> Scalar(string sql, IReadOnlyCollection<string> tenants, CancellationToken cancellationToken)
    {
        await foreach (var row in Rows(sql, tenants, cancellationToken))
        {
            return row.GetInt64(0);
        }

        return 0;
    }

    private IAsyncEnumerable<NpgsqlDataReader> Rows(string sql, IReadOnlyCollection<string> tenants, CancellationToken cancellationToken) =>
        Rows(sql, cancellationToken, TextArray(tenants));

    private async IAsyncEnumerable<NpgsqlDataReader> Rows(
        string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await TryExecute(command, cancellationToken);
        while (reader is not null && await reader.ReadAsync(cancellationToken))
        {
            yield return reader;
        }
    }

    private static NpgsqlParameter TextArray(IReadOnlyCollection<string> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static async Task<NpgsqlDataReader?> TryExecute(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // A service creates its tables on first use: nothing recorded yet.
            return null;
        }
    }
}
