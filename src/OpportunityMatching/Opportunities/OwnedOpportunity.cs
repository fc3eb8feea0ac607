using NetworkingPlatform.OpportunityMatching.Members;

namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>Loads an opportunity that the acting member may change, or says why not.</summary>
public static class OwnedOpportunity
{
    /// <typeparam name="TAnswer">The request's answer when it goes on, so the refusal is the handler's own result type.</typeparam>
    public static async Task<(Opportunity? Opportunity, Results<TAnswer, ValidationProblem, ProblemHttpResult>? Refusal)> Load<TAnswer>(
        IQuerySession session, string id, PlatformCaller caller, string? owner, IDictionary<string, string[]> errors, CancellationToken cancellationToken)
        where TAnswer : IResult
    {
        var resolved = ActingMember.Resolve(caller, owner, "owner", errors);
        if (resolved.Member is not { } acting || errors.Count > 0)
        {
            return (null, resolved.Refusal<TAnswer>(errors, "The request is not valid."));
        }

        var opportunity = await session.LoadAsync<Opportunity>(id, cancellationToken);
        if (opportunity is null)
        {
            return (null, NotFound(id));
        }

        if (opportunity.Owner != acting)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not the owner",
                detail: "Only the owner can change an opportunity."));
        }

        return opportunity.IsOpen
            ? (opportunity, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Opportunity closed", detail: $"'{id}' is closed."));
    }

    public static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Opportunity not found", detail: $"No opportunity '{id}' in this tenant.");
}
