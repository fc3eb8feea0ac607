using NetworkingPlatform.ResponseTracking.Members.Reporting;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.ServiceDefaults.Paging;

namespace NetworkingPlatform.ResponseTracking.Members.ResponsivenessTrend;

public static class GetResponsivenessTrendEndpoint
{
    private const int MaxPageSize = 200;
    private const int DefaultPageSize = 52;
    private static readonly TimeSpan DefaultSpan = TimeSpan.FromDays(365);

    // Periods are counted by when the conversation started owing the member a reply, as the 90-day figures are. Only
    // periods with conversations come back (a week a year at most), so the page is cut from them here.
    private const string Sql = $"""
        SELECT date_trunc($4, owed_since, 'UTC'),
            {ReplyCounts.Columns},
            percentile_cont(0.5) WITHIN GROUP (ORDER BY calendar_ticks::float8) FILTER (WHERE answer = 0),
            percentile_cont(0.5) WITHIN GROUP (ORDER BY calendar_ticks::float8)
        FROM {ReplyTimesTable.Name}
        WHERE tenant_id = $1 AND member = $2 AND owed_since >= $3 AND owed_since < $5
        GROUP BY 1
        ORDER BY 1
        """;

    public static IEndpointRouteBuilder MapGetResponsivenessTrend(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/responses/members/{member}/responsiveness/trend", Handle)
            .WithName("GetResponsivenessTrend")
            .WithTags("Responsiveness")
            .WithDescription("One item per week or month (UTC) between from and to (the last 365 days by default), each with its counts, response rate and medians. A page at a time (page, pageSize 1-200).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("How the member's responsiveness moved, period by period (interval=week or month, UTC), oldest first; "
                + "from and to default to the last 365 days; periods without conversations are left out.")
            .TakesOnlyQuery("interval", "from", "to", "page", "pageSize");
        return endpoints;
    }

    private static async Task<Results<Ok<ResponsivenessTrendResponse>, ValidationProblem>> Handle(
        string member,
        string? interval,
        string? from,
        string? to,
        [AsParameters] PageQuery paging,
        PlatformCaller caller,
        NpgsqlDataSource dataSource,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        interval ??= TrendInterval.Month;
        var errors = new Dictionary<string, string[]>();
        var (start, end) = ReportingWindow.Read(from, to, DefaultSpan, clock.GetUtcNow(), errors);
        if (!TrendInterval.IsKnown(interval))
        {
            errors["interval"] = [$"The interval must be '{TrendInterval.Week}' or '{TrendInterval.Month}'."];
        }

        var (number, size) = paging.Resolve(errors, DefaultPageSize, MaxPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue(caller.TenantId);
        command.Parameters.AddWithValue(member);
        command.Parameters.AddWithValue(start);
        command.Parameters.AddWithValue(interval);
        command.Parameters.AddWithValue(end);
        var periods = new List<TrendPeriod>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // A period comes back only with conversations in it, so its response rate is never missing.
            var counts = new ReplyCounts((int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
            periods.Add(new TrendPeriod(
                reader.GetFieldValue<DateTimeOffset>(0), counts.Received, counts.AnsweredWithoutDeclining, counts.Declined, counts.Ignored,
                counts.ResponseRate!.Value, MedianColumns.Duration(reader, 4), MedianColumns.Duration(reader, 5)));
        }

        return TypedResults.Ok(new ResponsivenessTrendResponse(
            member, interval, start, end, [.. periods.Skip((number - 1) * size).Take(size)], number, size, periods.Count));
    }
}
