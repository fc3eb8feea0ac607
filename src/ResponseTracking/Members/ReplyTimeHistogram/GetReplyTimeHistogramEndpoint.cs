using NetworkingPlatform.ResponseTracking.Members.Reporting;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;

namespace NetworkingPlatform.ResponseTracking.Members.ReplyTimeHistogram;

public static class GetReplyTimeHistogramEndpoint
{
    private const string Calendar = "calendar";
    private const string Business = "business";
    private const string First = "first";
    private const string All = "all";

    // width_bucket answers 0 below the first bound and i from bound i on, so each bucket is [previous bound, UpTo).
    private const string Sql = $"""
        SELECT width_bucket(CASE WHEN $4 THEN business_ticks ELSE calendar_ticks END, $5::bigint[]), count(*)
        FROM {ReplyTimesTable.Name}
        WHERE tenant_id = $1 AND member = $2 AND owed_since >= $3 AND owed_since < $6
            AND calendar_ticks IS NOT NULL AND ($7 OR answer = 0)
        GROUP BY 1
        """;

    public static IEndpointRouteBuilder MapGetReplyTimeHistogram(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/responses/members/{member}/responsiveness/reply-times", Handle)
            .WithName("GetReplyTimeHistogram")
            .WithTags("Responsiveness")
            .WithDescription("basis is calendar or business (the member's working hours); replies is first (first replies only) or all. from and to default to the last 90 days.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("How long the member's replies took, counted in buckets (under an hour, 6 hours, a day, 3 days, a week, "
                + "and more), for the conversations received between from and to (default: the last 90 days); "
                + "basis=calendar or business hours, replies=first or all.")
            .TakesOnlyQuery("from", "to", "basis", "replies");
        return endpoints;
    }

    private static async Task<Results<Ok<ReplyTimeHistogramResponse>, ValidationProblem>> Handle(
        string member,
        string? from,
        string? to,
        string? basis,
        string? replies,
        PlatformCaller caller,
        NpgsqlDataSource dataSource,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        (basis, replies) = (basis ?? Calendar, replies ?? First);
        var errors = new Dictionary<string, string[]>();
        var (start, end) = ReportingWindow.Read(from, to, ResponsivenessFigures.Window, clock.GetUtcNow(), errors);
        if (basis is not (Calendar or Business))
        {
            errors["basis"] = [$"The basis must be '{Calendar}' or '{Business}'."];
        }

        if (replies is not (First or All))
        {
            errors["replies"] = [$"Replies must be '{First}' or '{All}'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue(caller.TenantId);
        command.Parameters.AddWithValue(member);
        command.Parameters.AddWithValue(start);
        command.Parameters.AddWithValue(basis == Business);
        command.Parameters.AddWithValue(ReplyTimeBounds.All.Select(b => b.UpTo.Ticks).ToArray());
        command.Parameters.AddWithValue(end);
        command.Parameters.AddWithValue(replies == All);
        var counts = new int[ReplyTimeBounds.All.Count + 1];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetInt32(0)] += (int)reader.GetInt64(1);
        }

        var buckets = ReplyTimeBounds.All.Select((b, i) => new ReplyTimeBucket(b.Name, b.UpTo, counts[i]))
            .Append(new ReplyTimeBucket(ReplyTimeBounds.Beyond, null, counts[^1]))
            .ToList();
        return TypedResults.Ok(new ReplyTimeHistogramResponse(member, start, end, basis, replies, buckets.Sum(b => b.Count), buckets));
    }
}
