using Marten;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.ResponseTracking.Conversations.GettingHistory;

public static class GetConversationHistoryEndpoint
{
    public static IEndpointRouteBuilder MapGetConversationHistory(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/conversations/{conversationId}/history", Handle)
            .WithName("GetConversationHistory")
            .WithSummary("Every event of the conversation, in the order it was recorded.");
        return endpoints;
    }

    private static async Task<IResult> Handle(string conversationId, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var events = await session.Events.FetchStreamAsync(conversationId, token: cancellationToken);
        return events.Count == 0
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found",
                detail: $"No conversation '{conversationId}' has been recorded for this tenant.")
            : Results.Ok(new ConversationHistoryResponse(conversationId,
                [.. events.Select(e => new HistoryEntry(e.Version, e.EventTypeName, e.Timestamp, e.Data))]));
    }
}
