namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// Each member's last aggregated figures, so that reading them again costs one row instead of sorting every reply time.
/// <c>generation</c> counts the commits that changed the member's reply times; figures are kept with the generation
/// they were aggregated at, and count only while it is still current and no conversation has left the 90-day window
/// (<c>valid_until</c>, null when none can). A reader that aggregated before a commit therefore never keeps stale figures:
/// its generation is already behind.
/// </summary>
public static class KeptFiguresTable
{
    public const string Name = $"{ResponseTrackingSchema.Name}.member_kept_figures";

    public static Table Definition()
    {
        var table = new Table(Name);
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<string>("member").AsPrimaryKey();
        table.AddColumn<long>("generation").NotNull();
        table.AddColumn("kept_generation", "bigint");
        table.AddColumn("valid_until", "timestamptz");
        table.AddColumn("received", "bigint");
        table.AddColumn("answered", "bigint");
        table.AddColumn("declined", "bigint");
        table.AddColumn("replies", "bigint");
        table.AddColumn("first_calendar", "float8[]");
        table.AddColumn("first_business", "float8[]");
        table.AddColumn("all_calendar", "float8[]");
        table.AddColumn("all_business", "float8[]");
        return table;
    }

    /// <summary>
    /// Moves these members to a new generation when the session commits. Queued after the views, so the rows are
    /// locked only until the commit, always in the same order, and two writers sharing members cannot deadlock here.
    /// </summary>
    public static void QueueChanged(IDocumentSession session, IEnumerable<string> members)
    {
        var ordered = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (ordered.Length == 0)
        {
            return;
        }

        session.QueueSqlCommand(
            $"INSERT INTO {Name} AS kept (tenant_id, member, generation) SELECT ?, m, 1 FROM unnest(?::text[]) WITH ORDINALITY AS u(m, n) ORDER BY n "
            + "ON CONFLICT (tenant_id, member) DO UPDATE SET generation = kept.generation + 1",
            session.TenantId,
            ordered);
    }

    /// <summary>Moves every member of the tenant to a new generation: nothing kept so far is served again.</summary>
    public static async Task ForgetTenant(NpgsqlDataSource dataSource, string tenantId, CancellationToken cancellationToken)
    {
        // Locked in the writers' order (ordinal, as "C" sorts), so that a commit going on meanwhile cannot deadlock with it.
        await using var command = dataSource.CreateCommand(
            $"UPDATE {Name} AS kept SET generation = kept.generation + 1 FROM (SELECT member FROM {Name} WHERE tenant_id = $1 "
            + "ORDER BY member COLLATE \"C\" FOR UPDATE) AS locked WHERE kept.tenant_id = $1 AND kept.member = locked.member");
        command.Parameters.AddWithValue(tenantId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
