using NetworkingPlatform.ResponseTracking.People;

namespace NetworkingPlatform.ResponseTracking.Conversations.GettingHistory;

public static class GetConversationHistoryEndpoint
{
    public static IEndpointRouteBuilder MapGetConversationHistory(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/conversations/{conversationId}/history", Handle)
            .WithName("GetConversationHistory")
            .WithTags("Conversations")
            .WithDescription("The conversation's event stream as stored: messages recorded, replies, overdue waits, each with its version and when it was recorded.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every event of the conversation, in the order it was recorded.");
        return endpoints;
    }

    private static async Task<Results<Ok<ConversationHistoryResponse>, ProblemHttpResult>> Handle(string conversationId, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        var events = await session.Events.FetchStreamAsync(conversationId, token: cancellationToken);
        if (events.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found",
                detail: $"No conversation '{conversationId}' has been recorded for this tenant.");
        }

        var messages = events.Select(e => e.Data).OfType<MessageRecorded>().ToList();
        var participants = messages.SelectMany(m => m.To.Prepend(m.From)).Distinct(StringComparer.Ordinal).ToList();
        var names = await PeopleNames.Load(session, participants, cancellationToken);
        var subject = messages.Where(m => !string.IsNullOrWhiteSpace(m.Subject)).MinBy(m => m.SentAt)?.Subject;
        return TypedResults.Ok(new ConversationHistoryResponse(conversationId,
            [.. events.Select(e => new HistoryEntry(e.Version, e.EventTypeName, e.Timestamp, e.Data))],
            names.Title(subject, participants, caller.Member),
            [.. participants.Order(StringComparer.Ordinal).Select(p => new PersonName(p, names.Of(p)))]));
    }
}
