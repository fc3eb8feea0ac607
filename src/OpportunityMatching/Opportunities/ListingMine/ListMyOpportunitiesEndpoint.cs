using NetworkingPlatform.OpportunityMatching.Members;

namespace NetworkingPlatform.OpportunityMatching.Opportunities.ListingMine;

public static class ListMyOpportunitiesEndpoint
{
    private const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapListMyOpportunities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/opportunities/mine", Handle)
            .WithName("ListMyOpportunities")
            .WithTags("Opportunities")
            .WithDescription("owner names the member for an API key; a signed-in member lists their own. page from 1, pageSize 1-200 (default 20); limit is pageSize's earlier name.")
            .WithDeprecatedParameters(("limit", "pageSize"))
            .WithSummary("The acting member's opportunities, open and closed, newest first, a page at a time.");
        return endpoints;
    }

    private static async Task<Results<Ok<ListPage<OpportunityResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        string? owner, [AsParameters] PageQueryWithLimit paging, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var acting = ActingMember.Resolve(caller, owner, "owner", errors);
        var listed = paging.Resolve(errors, DefaultPageSize);
        if (acting.Member is not { } member || errors.Count > 0)
        {
            return acting.Refusal<Ok<ListPage<OpportunityResponse>>>(errors, "The request is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        var mine = await session.Query<Opportunity>()
            .Where(opportunity => opportunity.Owner == member)
            .OrderByDescending(opportunity => opportunity.UpdatedAt)
            .ThenBy(opportunity => opportunity.Id)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        var now = clock.GetUtcNow();
        return TypedResults.Ok(mine.ToListPage(opportunity => OpportunityResponse.From(opportunity, now)));
    }
}
