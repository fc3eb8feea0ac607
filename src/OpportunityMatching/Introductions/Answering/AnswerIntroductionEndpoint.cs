using NetworkingPlatform.OpportunityMatching.Members;

namespace NetworkingPlatform.OpportunityMatching.Introductions.Answering;

public static class AnswerIntroductionEndpoint
{
    public static IEndpointRouteBuilder MapAnswerIntroduction(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/introductions/{id}/accept", (string id, string? member, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                Handle(id, member, accept: true, caller, store, clock, cancellationToken))
            .WithName("AcceptIntroduction")
            .WithTags("Introductions")
            .WithDescription("member names the acting member for an API key. When both have accepted, the requester's first message starts a tracked conversation.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The acting member accepts; when both have, their conversation starts.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        endpoints.MapPost("/api/v1/introductions/{id}/decline", (string id, string? member, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                Handle(id, member, accept: false, caller, store, clock, cancellationToken))
            .WithName("DeclineIntroduction")
            .WithTags("Introductions")
            .WithDescription("member names the acting member for an API key. A concluded introduction is 409.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The acting member declines; a decline is an answer and ends the introduction.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Ok<Introduction>, ValidationProblem, ProblemHttpResult>> Handle(
        string id, string? member, bool accept, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var resolved = ActingMember.Resolve(caller, member, "member", errors);
        if (resolved.Member is not { } acting)
        {
            return resolved.Refusal<Ok<Introduction>>(errors, "The answer is not valid.");
        }

        await using var session = store.LightweightSession(caller.TenantId);
        session.CarryTrace();
        var stream = await session.Events.FetchForWriting<Introduction>(id, cancellationToken);
        if (stream.Aggregate is not { } introduction || !introduction.Involves(acting))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introduction not found",
                detail: $"No introduction '{id}' involving '{acting}' in this tenant.");
        }

        var decided = IntroductionDecision.Answer(introduction, acting, accept, clock.GetUtcNow());
        if (decided.Count == 0 && introduction.Status != Introduction.Pending)
        {
            return Concluded(introduction);
        }

        stream.AppendMany(decided);
        await session.SaveChangesAsync(cancellationToken);
        var current = await session.LoadAsync<Introduction>(id, cancellationToken);
        return decided.OfType<IntroductionExpired>().Any() ? Concluded(current!) : TypedResults.Ok(current);
    }

    private static ProblemHttpResult Concluded(Introduction introduction) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"Introduction {introduction.Status}",
            detail: $"The introduction is already {introduction.Status} and takes no more answers.");
}
