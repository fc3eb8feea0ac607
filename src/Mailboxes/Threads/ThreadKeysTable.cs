using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace NetworkingPlatform.Mailboxes.Threads;

/// <summary>
/// The thread index: for each Message-ID (<c>m:…</c>) and subject-and-people key (<c>s:…</c>) seen in a tenant's
/// mailboxes, the conversation it belongs to. Shared by the tenant's mailboxes, so a thread that two members hold is
/// one conversation.
/// </summary>
public sealed class ThreadKeysTable : Table
{
    public const string Name = "thread_keys";

    public ThreadKeysTable(string schema) : base(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General))
    {
        AddColumn<string>("tenant_id").AsPrimaryKey();
        AddColumn<string>("key").AsPrimaryKey();
        AddColumn<string>("conversation_id").NotNull();
    }
}
