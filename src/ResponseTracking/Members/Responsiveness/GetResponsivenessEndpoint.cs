using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Reporting;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

public static class GetResponsivenessEndpoint
{
    public static IEndpointRouteBuilder MapGetResponsiveness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/responses/members/{member}/responsiveness", Handle)
            .WithName("GetResponsiveness")
            .WithTags("Responsiveness")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("How the member answers over the last 90 days, or the 90 days before asOf, in calendar time and in their business hours.")
            .WithDescription("asOf (ISO 8601, optional) asks for the figures as they stood then, by message time: the reply-needing "
                + "conversations received in the 90 days before it, counting only replies sent by then, so history imported later "
                + "counts at the time it happened. A conversation's asOf is different: it replays the conversation's stream as it "
                + "was recorded (recorded time). Any other query parameter is a 400 naming it.")
            .TakesOnlyQuery("asOf");
        return endpoints;
    }

    private static async Task<Results<Ok<ResponsivenessResponse>, ValidationProblem>> Handle(
        string member, string? asOf, PlatformCaller caller, IDocumentStore store, ResponsivenessQuery query, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var at = ReportingWindow.Parse(asOf, nameof(asOf), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var session = store.QuerySession(caller.TenantId);
        var end = at ?? clock.GetUtcNow();
        ResponsivenessFigures figures;
        ResponsePromise settings;
        if (at is { } past)
        {
            settings = await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member };
            figures = await ResponsivenessAsOf.Compute(session, member, past, settings.Hours, cancellationToken);
        }
        else
        {
            (figures, settings) = await query.Load(session, member, end, cancellationToken);
        }

        return TypedResults.Ok(new ResponsivenessResponse(member, end - ResponsivenessFigures.Window, end, settings.TimeZone,
            settings.WorkdayStart, settings.WorkdayEnd, figures.ReplyNeedingReceived, figures.Answered, figures.Declined, figures.Ignored,
            figures.ResponseRate, figures.FirstReplyTime, figures.ReplyTime, figures.FirstReplyBusinessTime, figures.ReplyBusinessTime, figures.Badge));
    }
}
