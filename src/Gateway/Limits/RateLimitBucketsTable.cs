using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace NetworkingPlatform.Gateway.Limits;

/// <summary>Every caller's token bucket, shared by the Gateway's replicas (<see cref="SharedBuckets"/>).</summary>
public sealed class RateLimitBucketsTable : Table
{
    public const string Name = "rate_limit_buckets";

    public RateLimitBucketsTable(string schema) : base(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General))
    {
        AddColumn<string>("bucket").AsPrimaryKey();
        AddColumn("tokens", "double precision").NotNull();
        AddColumn<int>("granted").NotNull();
        AddColumn("updated_at", "timestamptz").NotNull();
    }
}
