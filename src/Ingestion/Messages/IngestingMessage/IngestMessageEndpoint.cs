using Marten;
using Marten.Exceptions;
using NetworkingPlatform.Ingestion.Classification;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

public static class IngestMessageEndpoint
{
    public static IEndpointRouteBuilder MapIngestMessage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/messages", Handle)
            .WithName("IngestMessage")
            .WithSummary("Takes in one message of a conversation; the same message id is taken once.")
            .Produces<IngestMessageResponse>(StatusCodes.Status202Accepted)
            .Produces<IngestMessageResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> Handle(IngestMessageRequest request, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = IngestMessageValidator.Validate(request);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The message is not valid.");
        }

        var accepted = ToAccepted(request);
        var response = new IngestMessageResponse(accepted.MessageId, accepted.ConversationId, accepted.Kind, accepted.NeedsReply, Duplicate: false);
        await using var session = store.LightweightSession(caller.TenantId);
        session.CarryTrace();
        session.Events.StartStream<MessageAccepted>(accepted.MessageId, accepted);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ExistingStreamIdCollisionException)
        {
            return Results.Ok(response with { Duplicate = true });
        }

        return Results.Accepted($"/api/v1/conversations/{Uri.EscapeDataString(accepted.ConversationId)}", response);
    }

    private static MessageAccepted ToAccepted(IngestMessageRequest request)
    {
        var body = request.Body!;
        var classification = request.Kind is { } kind
            ? new Classification.Classification(kind, MessageKind.NeedsReply(kind))
            : MessageClassifier.Classify(request.Subject, body);
        return new MessageAccepted(
            request.ConversationId!.Trim(),
            request.MessageId!.Trim(),
            MemberHandle.Normalize(request.From!),
            [.. request.To!.Select(MemberHandle.Normalize).Distinct(StringComparer.Ordinal)],
            request.SentAt!.Value.ToUniversalTime(),
            request.Subject,
            body,
            classification.Kind,
            classification.NeedsReply,
            request.Channel ?? "api",
            request.InReplyTo);
    }
}
