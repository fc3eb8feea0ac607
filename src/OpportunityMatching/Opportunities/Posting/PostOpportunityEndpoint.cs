using NetworkingPlatform.OpportunityMatching.Members;

namespace NetworkingPlatform.OpportunityMatching.Opportunities.Posting;

public static class PostOpportunityEndpoint
{
    public static IEndpointRouteBuilder MapPostOpportunity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/opportunities", Handle)
            .WithName("PostOpportunity")
            .WithTags("Opportunities")
            .WithDescription("side need or offer; category idea, service, product, advice or talent; mode buy, sell or exchange. Matched at once against the tenant's open opportunities of the other side; strong matches alert both owners.")
            .WithSummary("Posts a need or an offer and answers with its best matches, each explained.");
        return endpoints;
    }

    private static async Task<Results<Created<OpportunityResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        OpportunityRequest request, PlatformCaller caller, IDocumentStore store, OpportunityWriter writer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var acting = ActingMember.Resolve(caller, request.Owner, "owner", errors);
        var details = OpportunityRequestValidator.Validate(request, clock.GetUtcNow(), errors);
        if (acting.Member is not { } owner || details is null)
        {
            return acting.Refusal<Created<OpportunityResponse>>(errors, "The opportunity is not valid.");
        }

        var id = $"opp-{Guid.CreateVersion7():N}";
        await using var session = store.LightweightSession(caller.TenantId);
        var matches = await writer.Post(session, id, owner, details, isImplicit: false, at: null, cancellationToken);
        var posted = await session.LoadAsync<Opportunity>(id, cancellationToken);
        return TypedResults.Created($"/api/v1/opportunities/{id}", OpportunityResponse.From(posted!, clock.GetUtcNow(), matches));
    }
}
