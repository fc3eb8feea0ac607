namespace NetworkingPlatform.OpportunityMatching.Opportunities.Browsing;

public static class BrowseOpportunitiesEndpoint
{
    private const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapBrowseOpportunities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/opportunities", Handle)
            .WithName("BrowseOpportunities")
            .WithTags("Opportunities")
            .WithDescription("Open, unexpired opportunities, newest first with ties in id order. page from 1, pageSize 1-200 (default 20); limit is pageSize's earlier name.")
            .WithDeprecatedParameters(("limit", "pageSize"))
            .WithSummary("The tenant's open opportunities, newest first, optionally of one side and category, a page at a time.");
        return endpoints;
    }

    private static async Task<Results<Ok<ListPage<OpportunityResponse>>, ValidationProblem>> Handle(
        string? side, string? category, [AsParameters] PageQueryWithLimit paging, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var listed = paging.Resolve(errors, DefaultPageSize);
        if (side is not null && !OpportunityVocabulary.Sides.Contains(side))
        {
            errors["side"] = [$"One of: {string.Join(", ", OpportunityVocabulary.Sides)}."];
        }

        if (category is not null && !OpportunityVocabulary.Categories.Contains(category))
        {
            errors["category"] = [$"One of: {string.Join(", ", OpportunityVocabulary.Categories)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }

        var now = clock.GetUtcNow();
        await using var session = store.QuerySession(caller.TenantId);
        var query = session.Query<Opportunity>().Where(opportunity => opportunity.IsOpen);
        if (side is not null)
        {
            query = query.Where(opportunity => opportunity.Details.Side == side);
        }

        if (category is not null)
        {
            query = query.Where(opportunity => opportunity.Details.Category == category);
        }

        var open = await query
            .Where(opportunity => opportunity.Details.ExpiresAt == null || opportunity.Details.ExpiresAt > now)
            .OrderByDescending(opportunity => opportunity.UpdatedAt)
            .ThenBy(opportunity => opportunity.Id)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(open.ToListPage(opportunity => OpportunityResponse.From(opportunity, now)));
    }
}
