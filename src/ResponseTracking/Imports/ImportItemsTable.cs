using NpgsqlTypes;

namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>
/// Which messages and invitations of each import were recorded, by key: an import is summarised once as many keys are
/// here as Ingestion published. A key is written after the batch that carries it committed, and again if the batch is
/// delivered again, so a crash in between delays it and never loses it; repeats count once.
/// </summary>
public sealed class ImportItemsTable(NpgsqlDataSource dataSource)
{
    public const string Name = $"{ResponseTrackingSchema.Name}.import_items";

    public static Table Definition()
    {
        var table = new Table(Name);
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<string>("import_id").AsPrimaryKey();
        table.AddColumn<string>("item").AsPrimaryKey();
        return table;
    }

    public async Task Add(string tenantId, IEnumerable<ImportItem> items, CancellationToken cancellationToken)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            $"INSERT INTO {Name} (tenant_id, import_id, item) SELECT $1, * FROM unnest($2::text[], $3::text[]) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(i => i.ImportId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = list.Select(i => i.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> Count(string tenantId, string importId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {Name} WHERE tenant_id = $1 AND import_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = importId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task Forget(string tenantId, string importId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"DELETE FROM {Name} WHERE tenant_id = $1 AND import_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = importId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
