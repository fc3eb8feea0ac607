namespace NetworkingPlatform.OpportunityMatching.Counterparts.GettingResponsiveness;

public static class GetCounterpartResponsivenessEndpoint
{
    public static IEndpointRouteBuilder MapGetCounterpartResponsiveness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/matching/members/{member}/responsiveness", Handle)
            .WithName("GetCounterpartResponsiveness")
            .WithTags("Responsiveness")
            .WithDescription("The response rate and median reply time last announced by ResponseTracking for the member, which scale every match with them; 404 until one was announced.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The responsiveness figures matching ranks a member by.");
        return endpoints;
    }

    private static async Task<Results<Ok<CounterpartResponsiveness>, ProblemHttpResult>> Handle(string member, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var known = await session.LoadAsync<CounterpartResponsiveness>(member.Trim().ToLowerInvariant(), cancellationToken);
        return known is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Member not measured yet",
                detail: $"No responsiveness has been received for '{member}'.")
            : TypedResults.Ok(known);
    }
}
