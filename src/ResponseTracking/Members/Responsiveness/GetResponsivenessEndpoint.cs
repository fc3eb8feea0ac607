using Marten;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

public static class GetResponsivenessEndpoint
{
    public static IEndpointRouteBuilder MapGetResponsiveness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/responses/members/{member}/responsiveness", Handle)
            .WithName("GetResponsiveness")
            .WithSummary("How the member answers over the last 90 days, in calendar time and in their business hours.");
        return endpoints;
    }

    private static async Task<IResult> Handle(
        string member, PlatformCaller caller, IDocumentStore store, ResponsivenessQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var now = clock.GetUtcNow();
        var (figures, settings) = await query.Load(session, member, now, cancellationToken);
        return Results.Ok(new ResponsivenessResponse(member, now - ResponsivenessFigures.Window, now, settings.TimeZone,
            settings.WorkdayStart, settings.WorkdayEnd, figures.ReplyNeedingReceived, figures.Answered, figures.Declined, figures.Ignored,
            figures.ResponseRate, figures.FirstReplyTime, figures.ReplyTime, figures.FirstReplyBusinessTime, figures.ReplyBusinessTime, figures.Badge));
    }
}
