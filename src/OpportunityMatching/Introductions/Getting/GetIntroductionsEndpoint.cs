using NetworkingPlatform.OpportunityMatching.Members;

namespace NetworkingPlatform.OpportunityMatching.Introductions.Getting;

public static class GetIntroductionsEndpoint
{
    private const int DefaultPageSize = 20;

    public static IEndpointRouteBuilder MapGetIntroductions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/introductions/{id}", Get)
            .WithName("GetIntroduction")
            .WithTags("Introductions")
            .WithDescription("Who asked, who accepted, whether it was declined or expired, and the conversation once both accepted.")
            .WithSummary("One introduction: who accepted, whether it was declined or expired, its conversation.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/introductions", List)
            .WithName("ListIntroductions")
            .WithTags("Introductions")
            .WithDescription("Newest first with ties in id order. page from 1, pageSize 1-200 (default 20); limit is pageSize's earlier name.")
            .WithDeprecatedParameters(("limit", "pageSize"))
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The introductions the acting member is part of, newest first, a page at a time.");
        return endpoints;
    }

    private static async Task<Results<Ok<Introduction>, ProblemHttpResult>> Get(string id, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var introduction = await session.LoadAsync<Introduction>(id, cancellationToken);
        return introduction is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introduction not found", detail: $"No introduction '{id}' in this tenant.")
            : TypedResults.Ok(introduction);
    }

    private static async Task<Results<Ok<ListPage<Introduction>>, ValidationProblem, ProblemHttpResult>> List(string? member, [AsParameters] PageQueryWithLimit paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var acting = ActingMember.Resolve(caller, member, "member", errors);
        var listed = paging.Resolve(errors, DefaultPageSize);
        if (acting.Member is not { } actingMember || errors.Count > 0)
        {
            return acting.Refusal<Ok<ListPage<Introduction>>>(errors, "The request is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        var introductions = await session.Query<Introduction>()
            .Where(introduction => introduction.RequestedBy == actingMember || introduction.Counterpart == actingMember)
            .OrderByDescending(introduction => introduction.RequestedAt)
            .ThenBy(introduction => introduction.Id)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(introductions.ToListPage(introduction => introduction));
    }
}
