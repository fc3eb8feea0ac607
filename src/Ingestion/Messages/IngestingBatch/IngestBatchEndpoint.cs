using NetworkingPlatform.Ingestion.History;
using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Messages.IngestingMessage;
using NetworkingPlatform.Ingestion.People;
using NetworkingPlatform.Ingestion.Requests;

namespace NetworkingPlatform.Ingestion.Messages.IngestingBatch;

public static class IngestBatchEndpoint
{
    public const int MaxMessages = 10_000;
    private const int ParallelFrom = 256;

    /// <summary>10,000 messages at the largest allowed body and subject, as JSON.</summary>
    public const long MaxRequestBytes = 256L * 1024 * 1024;

    public static IEndpointRouteBuilder MapIngestBatch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/messages/batch", Handle)
            .WithName("IngestMessageBatch")
            .WithTags("Messages")
            .WithSummary($"Takes in up to {MaxMessages} messages at once, all or none: one invalid message rejects the batch and is named.")
            .WithDescription("\"history\": true declares the batch a backfill: every message is recorded like any other but sets off no "
                + "nudge, notification, email or webhook. Without it, messages sent longer ago than the freshness bound (48 hours by "
                + "default) are history all the same.")
            .WithIdempotencyKeyClaimedWithTheWork()
            .WithMetadata(new RequestBodyLimit(MaxRequestBytes))
            .Produces<IngestBatchResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Results<ValidationProblem, IntakeOutcome>> Handle(
        IngestBatchRequest request, PlatformCaller caller, HttpContext context, IntakeWriter intake, TimeProvider time, HistoryRule history, IOptions<JsonOptions> json)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var messages = request.Messages ?? [];
        if (messages.Count == 0)
        {
            errors["messages"] = ["At least one message is required."];
        }
        else if (messages.Count > MaxMessages)
        {
            errors["messages"] = [$"At most {MaxMessages} messages are allowed in one batch; this one has {messages.Count}."];
        }
        else
        {
            var now = time.GetUtcNow();
            for (var i = 0; i < messages.Count; i++)
            {
                if (messages[i] is null)
                {
                    errors[$"messages[{i}]"] = ["A message is required."];
                    continue;
                }

                IngestMessageValidator.Validate(messages[i], $"messages[{i}].", errors, now);
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The batch is not valid; nothing was taken.");
        }

        // Classification is most of a batch's CPU time: large batches use every core.
        var cutoff = history.Now(request.History == true);
        var accepted = messages.Count < ParallelFrom
            ? messages.Select(m => m.ToAccepted(cutoff)).ToList()
            : messages.AsParallel().AsOrdered().Select(m => m.ToAccepted(cutoff)).ToList();
        return await intake.Take(new MessagesWork(caller.TenantId, IdempotencyRequest.Of(context), accepted, [.. messages.SelectMany(RequestPeople.Of)], fresh =>
        {
            var taken = fresh.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var answers = accepted
                .Select(m => new IngestMessageResponse(m.MessageId, m.ConversationId, m.Kind, m.NeedsReply, Duplicate: !(taken.Contains(m.MessageId) && seen.Add(m.MessageId))))
                .ToList();
            var duplicates = answers.Count(a => a.Duplicate);
            return StoredAnswer.Json(StatusCodes.Status202Accepted, new IngestBatchResponse(answers.Count - duplicates, duplicates, answers), json.Value.SerializerOptions);
        }));
    }
}
