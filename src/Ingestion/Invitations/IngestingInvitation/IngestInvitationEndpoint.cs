using NetworkingPlatform.Ingestion.History;
using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Messages.IngestingMessage;

namespace NetworkingPlatform.Ingestion.Invitations.IngestingInvitation;

public static class IngestInvitationEndpoint
{
    public static IEndpointRouteBuilder MapIngestInvitation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/invitations", Handle)
            .WithName("IngestInvitation")
            .WithTags("Invitations")
            .WithDescription("An invitation is a conversation of its own awaiting the invitee's acceptance. 202 when something new was taken, 200 when nothing changed.")
            .WithSummary("Takes in a connection invitation; pending until acceptedAt is given. Sending it again when accepted records the acceptance.")
            .WithIdempotencyKeyClaimedWithTheWork()
            .Produces<IngestInvitationResponse>(StatusCodes.Status202Accepted)
            .Produces<IngestInvitationResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Results<ValidationProblem, IntakeOutcome>> Handle(
        IngestInvitationRequest request, PlatformCaller caller, HttpContext context, IntakeWriter intake, TimeProvider time, HistoryRule history, IOptions<JsonOptions> json)
    {
        var errors = Validate(request, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The invitation is not valid.");
        }

        var cutoff = history.Now();
        var invitation = new TakenInvitation(
            request.InvitationId!.Trim(),
            MemberHandle.Normalize(request.From!),
            MemberHandle.Normalize(request.To!),
            request.SentAt!.Value.ToUniversalTime(),
            request.Message,
            request.Channel ?? "api",
            request.AcceptedAt?.ToUniversalTime(),
            cutoff.IsHistory(request.SentAt.Value),
            request.AcceptedAt is { } acceptedAt && cutoff.IsHistory(acceptedAt));
        return await intake.Take(new InvitationWork(caller.TenantId, IdempotencyRequest.Of(context), invitation, isNew =>
            StoredAnswer.Json(isNew ? StatusCodes.Status202Accepted : StatusCodes.Status200OK,
                new IngestInvitationResponse(invitation.InvitationId, invitation.AcceptedAt is null, Duplicate: !isNew), json.Value.SerializerOptions)));
    }

    private static Dictionary<string, string[]> Validate(IngestInvitationRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        IngestMessageValidator.RequireId(errors, "invitationId", request.InvitationId);
        IngestMessageValidator.RequireHandle(errors, "from", request.From);
        IngestMessageValidator.RequireHandle(errors, "to", request.To);

        if (request.SentAt is null)
        {
            errors["sentAt"] = ["The time the invitation was sent is required (ISO 8601 with offset)."];
        }
        else
        {
            IngestMessageValidator.RequirePlausible(errors, "sentAt", request.SentAt.Value, now);
        }

        if (request.AcceptedAt < request.SentAt)
        {
            errors["acceptedAt"] = ["An invitation cannot be accepted before it was sent."];
        }
        else if (request.AcceptedAt is { } acceptedAt)
        {
            IngestMessageValidator.RequirePlausible(errors, "acceptedAt", acceptedAt, now);
        }

        if (request.Message is { Length: > IngestMessageValidator.MaxBodyLength })
        {
            errors["message"] = [$"The message is longer than {IngestMessageValidator.MaxBodyLength} characters."];
        }

        IngestMessageValidator.CheckChannel(errors, "channel", request.Channel);

        if (!string.IsNullOrWhiteSpace(request.From) && string.Equals(request.From.Trim(), request.To?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors["to"] = ["A member cannot invite themself."];
        }

        return errors;
    }
}
