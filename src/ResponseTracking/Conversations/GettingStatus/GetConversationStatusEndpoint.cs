using Marten;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.ResponseTracking.Conversations.GettingStatus;

public static class GetConversationStatusEndpoint
{
    public static IEndpointRouteBuilder MapGetConversationStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/conversations/{conversationId}", Handle)
            .WithName("GetConversationStatus")
            .WithSummary("Who the conversation waits on, since when, and its reply times.");
        return endpoints;
    }

    private static async Task<IResult> Handle(string conversationId, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var status = await session.LoadAsync<ConversationStatus>(conversationId, cancellationToken);
        return status is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found",
                detail: $"No conversation '{conversationId}' has been recorded for this tenant.")
            : Results.Ok(ConversationStatusResponse.From(status));
    }
}
