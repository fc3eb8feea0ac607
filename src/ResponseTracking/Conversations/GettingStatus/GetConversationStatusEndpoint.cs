using NetworkingPlatform.ResponseTracking.People;

namespace NetworkingPlatform.ResponseTracking.Conversations.GettingStatus;

public static class GetConversationStatusEndpoint
{
    public static IEndpointRouteBuilder MapGetConversationStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/conversations/{conversationId}", Handle)
            .WithName("GetConversationStatus")
            .WithTags("Conversations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Who the conversation waits on, since when, and its reply times; with asOf or version, as it stood then.")
            .WithDescription("asOf replays the conversation's event stream as it was recorded up to that moment (recorded time): a "
                + "message imported later is not there yet. The responsiveness figures' asOf reads the messages' own sent times instead.");
        return endpoints;
    }

    private static async Task<Results<Ok<ConversationStatusResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        string conversationId,
        DateTimeOffset? asOf,
        long? version,
        PlatformCaller caller,
        IDocumentStore store,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (version is < 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["The version must be 1 or more."] });
        }

        await using var session = store.QuerySession(caller.TenantId);
        var conversation = asOf is null && version is null
            ? await session.LoadAsync<Conversation>(conversationId, cancellationToken)
            : await session.Events.AggregateStreamAsync<Conversation>(conversationId, version: version ?? 0, timestamp: asOf, token: cancellationToken);
        if (conversation is null || conversation.Messages.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found",
                detail: $"No conversation '{conversationId}' has been recorded for this tenant at that point.");
        }

        var status = ConversationStatus.Of(conversation);
        var names = await PeopleNames.Load(session, status.Participants, cancellationToken);
        return TypedResults.Ok(ConversationStatusResponse.From(status, asOf ?? clock.GetUtcNow(), names, caller.Member));
    }
}
