using NetworkingPlatform.Ingestion.History;
using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.People;

namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

public static class IngestMessageEndpoint
{
    public static IEndpointRouteBuilder MapIngestMessage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/messages", Handle)
            .WithName("IngestMessage")
            .WithTags("Messages")
            .WithSummary("Takes in one message of a conversation; the same message id is taken once.")
            .WithDescription("A message sent longer ago than the freshness bound (48 hours by default) is history: recorded like any "
                + "other, but it sets off no nudge, notification, email or webhook.")
            .WithIdempotencyKeyClaimedWithTheWork()
            .Produces<IngestMessageResponse>(StatusCodes.Status202Accepted)
            .Produces<IngestMessageResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Results<ValidationProblem, IntakeOutcome>> Handle(
        IngestMessageRequest request, PlatformCaller caller, HttpContext context, IntakeWriter intake, TimeProvider time, HistoryRule history, IOptions<JsonOptions> json)
    {
        var errors = IngestMessageValidator.Validate(request, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The message is not valid.");
        }

        var accepted = request.ToAccepted(history.Now());
        return await intake.Take(new MessagesWork(caller.TenantId, IdempotencyRequest.Of(context), [accepted], [.. RequestPeople.Of(request)], fresh =>
        {
            var response = new IngestMessageResponse(accepted.MessageId, accepted.ConversationId, accepted.Kind, accepted.NeedsReply, Duplicate: fresh.Count == 0);
            return response.Duplicate
                ? StoredAnswer.Json(StatusCodes.Status200OK, response, json.Value.SerializerOptions)
                : StoredAnswer.Json(StatusCodes.Status202Accepted, response, json.Value.SerializerOptions,
                    $"/api/v1/conversations/{Uri.EscapeDataString(accepted.ConversationId)}");
        }));
    }
}
