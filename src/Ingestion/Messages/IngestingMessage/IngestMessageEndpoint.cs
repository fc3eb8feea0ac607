using NetworkingPlatform.Ingestion.History;
using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.People;
using NetworkingPlatform.ServiceDefaults.Identity;

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
            .WithIdempotencyKey()
            .Produces<IngestMessageResponse>(StatusCodes.Status202Accepted)
            .Produces<IngestMessageResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(IngestMessageRequest request, PlatformCaller caller, ApiIntake intake, TimeProvider time, HistoryRule history, CancellationToken cancellationToken)
    {
        var errors = IngestMessageValidator.Validate(request, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The message is not valid.");
        }

        var accepted = request.ToAccepted(history.Now());
        var taken = await intake.Take(caller.TenantId, async (transaction, stream, token) =>
        {
            await transaction.Learn(stream, RequestPeople.Of(request), token);
            return await transaction.AppendNew(stream, [accepted], token);
        }, cancellationToken);
        var response = new IngestMessageResponse(accepted.MessageId, accepted.ConversationId, accepted.Kind, accepted.NeedsReply, Duplicate: taken.Count == 0);
        return response.Duplicate
            ? Results.Ok(response)
            : Results.Accepted($"/api/v1/conversations/{Uri.EscapeDataString(accepted.ConversationId)}", response);
    }
}
