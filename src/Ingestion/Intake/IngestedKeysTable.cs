using Weasel.Postgresql.Tables;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// Every message, invitation and profile version Ingestion took, by tenant and key. The primary key is what makes a
/// repeat harmless: a key is taken once, in the same transaction as the events that carry it.
/// </summary>
public sealed class IngestedKeysTable : Table
{
    public const string Name = "ingested_keys";

    public IngestedKeysTable(string schema) : base(new Weasel.Postgresql.PostgresqlObjectName(schema, Name, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General))
    {
        AddColumn<string>("tenant_id").AsPrimaryKey();
        AddColumn<string>("key").AsPrimaryKey();
    }
}
