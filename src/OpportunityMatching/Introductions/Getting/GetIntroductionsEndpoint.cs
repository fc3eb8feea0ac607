using Marten;
using NetworkingPlatform.OpportunityMatching.Members;
using NetworkingPlatform.OpportunityMatching.Opportunities;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.OpportunityMatching.Introductions.Getting;

public static class GetIntroductionsEndpoint
{
    public static IEndpointRouteBuilder MapGetIntroductions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/introductions/{id}", Get)
            .WithName("GetIntroduction")
            .WithSummary("One introduction: who accepted, whether it was declined or expired, its conversation.")
            .Produces<Introduction>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/introductions", List)
            .WithName("ListIntroductions")
            .WithSummary("The introductions the acting member is part of, newest first.")
            .Produces<IReadOnlyList<Introduction>>()
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Get(string id, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var introduction = await session.LoadAsync<Introduction>(id, cancellationToken);
        return introduction is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Introduction not found", detail: $"No introduction '{id}' in this tenant.")
            : Results.Ok(introduction);
    }

    private static async Task<IResult> List(string? member, int? limit, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var acting = ActingMember.Resolve(caller, member, "member", errors);
        var take = ListLimit.Resolve(limit, errors);
        if (acting is null || errors.Count > 0)
        {
            return ActingMember.Refusal(errors, "The request is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        var introductions = await session.Query<Introduction>()
            .Where(introduction => introduction.RequestedBy == acting || introduction.Counterpart == acting)
            .OrderByDescending(introduction => introduction.RequestedAt)
            .Take(take)
            .ToListAsync(cancellationToken);
        return Results.Ok(introductions);
    }
}
