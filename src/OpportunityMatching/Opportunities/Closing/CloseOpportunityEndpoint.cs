namespace NetworkingPlatform.OpportunityMatching.Opportunities.Closing;

public static class CloseOpportunityEndpoint
{
    public static IEndpointRouteBuilder MapCloseOpportunity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/opportunities/{id}/close", Handle)
            .WithName("CloseOpportunity")
            .WithTags("Opportunities")
            .WithDescription("Only its owner may close it (403 otherwise); closing it again is 409.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Takes an opportunity off the market; it is no longer matched.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        string id, string? owner, PlatformCaller caller, IDocumentStore store, OpportunityWriter writer, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        var (_, refusal) = await OwnedOpportunity.Load<NoContent>(session, id, caller, owner, new Dictionary<string, string[]>(), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await writer.Close(session, id, cancellationToken);
        return TypedResults.NoContent();
    }
}
