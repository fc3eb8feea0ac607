namespace NetworkingPlatform.OpportunityMatching.Opportunities.Revising;

public static class ReviseOpportunityEndpoint
{
    public static IEndpointRouteBuilder MapReviseOpportunity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/v1/opportunities/{id}", Handle)
            .WithName("ReviseOpportunity")
            .WithTags("Opportunities")
            .WithDescription("Only its owner may revise it (403 otherwise); a closed one is 409. The answer carries its new matches.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Replaces what an open opportunity says; it is matched again.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Ok<OpportunityResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        string id, OpportunityRequest request, PlatformCaller caller, IDocumentStore store, OpportunityWriter writer, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var details = OpportunityRequestValidator.Validate(request, clock.GetUtcNow(), errors);
        await using var session = store.LightweightSession(caller.TenantId);
        var (current, refusal) = await OwnedOpportunity.Load<Ok<OpportunityResponse>>(session, id, caller, request.Owner, errors, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var matches = await writer.Revise(session, current!, details!, at: null, cancellationToken);
        var revised = await session.LoadAsync<Opportunity>(id, cancellationToken);
        return TypedResults.Ok(OpportunityResponse.From(revised!, clock.GetUtcNow(), matches));
    }
}
