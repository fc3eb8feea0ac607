namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>A table Marten creates only when it first needs it: a count over one that does not exist yet is zero.</summary>
public static class StoreTable
{
    public static async Task<bool> Exists(NpgsqlDataSource dataSource, string table, CancellationToken cancellationToken)
    {
        await using var exists = dataSource.CreateCommand("SELECT to_regclass($1) IS NOT NULL");
        exists.Parameters.Add(new NpgsqlParameter { Value = table });
        return await exists.ExecuteScalarAsync(cancellationToken) is true;
    }
}
