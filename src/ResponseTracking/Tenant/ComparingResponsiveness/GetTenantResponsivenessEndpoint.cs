using NetworkingPlatform.ResponseTracking.Members.Reporting;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;

namespace NetworkingPlatform.ResponseTracking.Tenant.ComparingResponsiveness;

public static class GetTenantResponsivenessEndpoint
{
    // A median of members, not of replies: one prolific member must not set the tenant's norm.
    private const string Sql = $"""
        WITH members AS (
            SELECT count(calendar_ticks) FILTER (WHERE answer = 0)::float8 / count(*) FILTER (WHERE answer = 0) AS response_rate,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY calendar_ticks::float8) FILTER (WHERE answer = 0) AS first_reply_median,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY calendar_ticks::float8) AS reply_median
            FROM {ReplyTimesTable.Name}
            WHERE tenant_id = $1 AND owed_since >= $2
            GROUP BY member)
        SELECT count(*),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY response_rate),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY first_reply_median),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY reply_median)
        FROM members
        """;

    public static IEndpointRouteBuilder MapGetTenantResponsiveness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/responses/tenant/responsiveness", Handle)
            .WithName("GetTenantResponsiveness")
            .WithTags("Responsiveness")
            .WithDescription("The median of the members' response rates and of their own medians, for comparing one member with the organisation.")
            .WithSummary("The tenant's median member over the last 90 days: response rate, first-reply and reply-time medians, "
                + "to compare a member's figures with.")
            .TakesOnlyQuery();
        return endpoints;
    }

    private static async Task<Ok<TenantResponsivenessResponse>> Handle(PlatformCaller caller, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var start = now - ResponsivenessFigures.Window;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue(caller.TenantId);
        command.Parameters.AddWithValue(start.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return TypedResults.Ok(new TenantResponsivenessResponse(
            start, now, (int)reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetDouble(1),
            MedianColumns.Duration(reader, 2),
            MedianColumns.Duration(reader, 3)));
    }
}
