using NetworkingPlatform.OpportunityMatching.Matching;

namespace NetworkingPlatform.OpportunityMatching.Opportunities.GettingMatches;

public static class GetOpportunityEndpoint
{
    private const int DefaultMatches = 10;
    private const int MaxMatches = 100;

    public static IEndpointRouteBuilder MapGetOpportunity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/opportunities/{id}", Get)
            .WithName("GetOpportunity")
            .WithTags("Opportunities")
            .WithDescription("What it says, its owner and status; 404 when the tenant has no such opportunity.")
            .WithSummary("One opportunity of the tenant.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/opportunities/{id}/matches", Matches)
            .WithName("GetOpportunityMatches")
            .WithTags("Matches")
            .WithDescription("Not a list but a ranking, computed now: the opportunity itself with its best limit matches (1-100, default 10), "
                + "best first, each explained (matched terms, shared tags, language and location fit, the owner's responsiveness).")
            .WithSummary("The opportunity's current best matches, ranked and explained.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<OpportunityResponse>, ProblemHttpResult>> Get(string id, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var opportunity = await session.LoadAsync<Opportunity>(id, cancellationToken);
        return opportunity is null ? OwnedOpportunity.NotFound(id) : TypedResults.Ok(OpportunityResponse.From(opportunity, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<OpportunityResponse>, ValidationProblem, ProblemHttpResult>> Matches(
        string id, int? limit, PlatformCaller caller, IDocumentStore store, MatchFinder finder, TimeProvider clock, CancellationToken cancellationToken)
    {
        var take = limit ?? DefaultMatches;
        if (take is < 1 or > MaxMatches)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Between 1 and {MaxMatches}."] }, title: "The request is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        var opportunity = await session.LoadAsync<Opportunity>(id, cancellationToken);
        if (opportunity is null)
        {
            return OwnedOpportunity.NotFound(id);
        }

        var matches = await finder.Find(session, Candidate.From(opportunity), take, cancellationToken);
        return TypedResults.Ok(OpportunityResponse.From(opportunity, clock.GetUtcNow(), matches));
    }
}
