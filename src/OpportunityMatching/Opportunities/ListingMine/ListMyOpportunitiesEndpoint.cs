using Marten;
using NetworkingPlatform.OpportunityMatching.Members;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.OpportunityMatching.Opportunities.ListingMine;

public static class ListMyOpportunitiesEndpoint
{
    public static IEndpointRouteBuilder MapListMyOpportunities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/opportunities/mine", Handle)
            .WithName("ListMyOpportunities")
            .WithSummary("The acting member's opportunities, open and closed, newest first.")
            .Produces<IReadOnlyList<OpportunityResponse>>()
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(
        string? owner, int? limit, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var acting = ActingMember.Resolve(caller, owner, "owner", errors);
        var take = ListLimit.Resolve(limit, errors);
        if (acting is null || errors.Count > 0)
        {
            return ActingMember.Refusal(errors, "The request is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        var mine = await session.Query<Opportunity>()
            .Where(opportunity => opportunity.Owner == acting)
            .OrderByDescending(opportunity => opportunity.UpdatedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return Results.Ok(mine.Select(opportunity => OpportunityResponse.From(opportunity, now)).ToList());
    }
}
