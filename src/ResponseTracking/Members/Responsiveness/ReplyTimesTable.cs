namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// What the responsiveness figures aggregate, kept narrow so that they come from an index alone: one row per answer a
/// member gave in a conversation that owed them a reply (answer 0 is the first; a side never answered has one row with
/// no times). Written with the members' sides in the same transaction, one delete and one insert per commit.
/// </summary>
public static class ReplyTimesTable
{
    public const string Name = $"{ResponseTrackingSchema.Name}.member_reply_times";

    public static Table Definition()
    {
        var table = new Table(Name);
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<string>("conversation_id").AsPrimaryKey();
        table.AddColumn<string>("member").AsPrimaryKey();
        table.AddColumn<int>("answer").AsPrimaryKey();
        table.AddColumn("owed_since", "timestamptz").NotNull();
        table.AddColumn("calendar_ticks", "bigint");
        table.AddColumn("business_ticks", "bigint");
        table.AddColumn<bool>("declined").NotNull();
        table.Indexes.Add(new IndexDefinition("member_reply_times_by_member")
        {
            Columns = ["tenant_id", "member", "owed_since", "answer", "calendar_ticks", "business_ticks", "declined"],
        });
        return table;
    }

    /// <summary>
    /// Replaces the rows of these conversations by those of their current sides, when the session commits, and moves
    /// the members whose rows these are to a new generation of their kept figures.
    /// </summary>
    public static void Queue(IDocumentSession session, IReadOnlyCollection<string> conversationIds, IEnumerable<MemberConversation> sides)
    {
        session.QueueSqlCommand($"DELETE FROM {Name} WHERE tenant_id = ? AND conversation_id = ANY(?)", session.TenantId, conversationIds.ToArray());
        // A side owes nothing until a reply-needing message reaches it, and once it does it always will: only owed
        // sides have rows, before and after.
        var owed = sides.Where(s => s.OwedSince is not null).ToList();
        var rows = owed.SelectMany(Rows).ToList();
        if (rows.Count > 0)
        {
            QueueInsert(session, rows);
        }

        KeptFiguresTable.QueueChanged(session, owed.Select(s => s.Member));
    }

    private static void QueueInsert(IDocumentSession session, IReadOnlyCollection<Row> rows) =>
        session.QueueSqlCommand(
            $"INSERT INTO {Name} (tenant_id, conversation_id, member, answer, owed_since, calendar_ticks, business_ticks, declined) "
            + "SELECT ?, * FROM unnest(?::text[], ?::text[], ?::int[], ?::timestamptz[], ?::bigint[], ?::bigint[], ?::boolean[])",
            session.TenantId,
            rows.Select(r => r.ConversationId).ToArray(),
            rows.Select(r => r.Member).ToArray(),
            rows.Select(r => r.Answer).ToArray(),
            rows.Select(r => r.OwedSince).ToArray(),
            rows.Select(r => r.Calendar).ToArray(),
            rows.Select(r => r.Business).ToArray(),
            rows.Select(r => r.Declined).ToArray());

    private static IEnumerable<Row> Rows(MemberConversation side)
    {
        var owedSince = side.OwedSince!.Value.ToUniversalTime();
        if (side.ReplyTimes.Count == 0)
        {
            yield return new Row(side.ConversationId, side.Member, 0, owedSince, null, null, false);
            yield break;
        }

        for (var i = 0; i < side.ReplyTimes.Count; i++)
        {
            yield return new Row(side.ConversationId, side.Member, i, owedSince, side.ReplyTimes[i].Calendar, side.ReplyTimes[i].Business,
                side.Answers[i].IsDecline);
        }
    }

    private sealed record Row(string ConversationId, string Member, int Answer, DateTimeOffset OwedSince, long? Calendar, long? Business, bool Declined);
}
