using Weasel.Postgresql.Tables;

namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>The first answer to each request sent with an Idempotency-Key, kept so a retry gets it again.</summary>
public sealed class IdempotencyRecordsTable : Table
{
    public const string Name = "idempotency_records";

    public IdempotencyRecordsTable(string schema) : base(new Weasel.Postgresql.PostgresqlObjectName(schema, Name, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General))
    {
        AddColumn<string>("tenant_id").AsPrimaryKey();
        AddColumn<string>("key").AsPrimaryKey();
        AddColumn<string>("request_hash").NotNull();
        AddColumn<int>("status_code").AllowNulls();
        AddColumn<string>("content_type").AllowNulls();
        AddColumn<string>("location").AllowNulls();
        AddColumn("body", "bytea").AllowNulls();
        AddColumn("created_at", "timestamptz").NotNull();
    }
}
