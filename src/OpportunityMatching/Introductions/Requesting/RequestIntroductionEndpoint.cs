using NetworkingPlatform.OpportunityMatching.Matching;
using NetworkingPlatform.OpportunityMatching.Members;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Introductions.Requesting;

public static class RequestIntroductionEndpoint
{
    public const int MaxMessageLength = 2000;

    public static IEndpointRouteBuilder MapRequestIntroduction(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/introductions", Handle)
            .WithName("RequestIntroduction")
            .WithTags("Introductions")
            .WithDescription("requestedBy owns opportunityId; matchedOpportunityId belongs to the member to be introduced. Both are asked to accept; unanswered, it expires after 7 days.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Asks for an introduction to a match's owner; both members are asked to accept (double opt-in).");
        return endpoints;
    }

    private static async Task<Results<Created<Introduction>, ValidationProblem, ProblemHttpResult>> Handle(
        IntroductionRequest request, PlatformCaller caller, IDocumentStore store, TimeProvider clock, IOptions<MatchingOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var acting = ActingMember.Resolve(caller, request.RequestedBy, "requestedBy", errors);
        if (string.IsNullOrWhiteSpace(request.OpportunityId))
        {
            errors["opportunityId"] = ["Required: the requester's own opportunity."];
        }

        if (string.IsNullOrWhiteSpace(request.MatchedOpportunityId))
        {
            errors["matchedOpportunityId"] = ["Required: the matched opportunity whose owner to meet."];
        }

        if (request.Message is { Length: > MaxMessageLength })
        {
            errors["message"] = [$"At most {MaxMessageLength} characters."];
        }

        if (acting.Member is not { } requester || errors.Count > 0)
        {
            return acting.Refusal<Created<Introduction>>(errors, "The introduction request is not valid.");
        }

        await using var session = store.LightweightSession(caller.TenantId);
        var own = await session.LoadAsync<Opportunity>(request.OpportunityId!, cancellationToken);
        var matched = await session.LoadAsync<Opportunity>(request.MatchedOpportunityId!, cancellationToken);
        if (own is null || own.Owner != requester)
        {
            errors["opportunityId"] = ["Not an opportunity of the requester in this tenant."];
        }

        if (matched is null || !matched.IsOpen)
        {
            errors["matchedOpportunityId"] = ["No open opportunity with this id in this tenant."];
        }
        else if (matched.Owner == requester || (own is not null && own.Details.Side == matched.Details.Side))
        {
            errors["matchedOpportunityId"] = ["Introductions are between the owners of a need and an offer."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The introduction request is not valid.");
        }

        var id = Guid.CreateVersion7().ToString("N");
        var now = clock.GetUtcNow();
        session.CarryTrace();
        session.Events.StartStream<Introduction>(id, new IntroductionRequested(
            id, requester, matched!.Owner, own!.Id, matched.Id, request.Message?.Trim(), now, now + options.Value.IntroductionExpiresAfter));
        await session.SaveChangesAsync(cancellationToken);
        var introduction = await session.LoadAsync<Introduction>(id, cancellationToken);
        return TypedResults.Created($"/api/v1/introductions/{id}", introduction);
    }
}
