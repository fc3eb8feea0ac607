using NetworkingPlatform.Ingestion.Idempotency;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.People;

namespace NetworkingPlatform.Ingestion.Profiles.UpsertingProfile;

public static class UpsertProfileEndpoint
{
    private const int MaxTextLength = 10_000;
    private const int MaxItems = 500;

    public static IEndpointRouteBuilder MapUpsertProfile(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/v1/profiles/{member}", Handle)
            .WithName("UpsertMemberProfile")
            .WithTags("Profiles")
            .WithDescription("Headline, positions, skills and languages feed the member's implicit offers in matching; the names feed the directory of people. 202 when it changed, 200 when nothing did.")
            .WithSummary("Sets what a member says about themself (used for matching); sending the same profile again changes nothing.")
            .WithIdempotencyKeyClaimedWithTheWork()
            .Produces<ProfileTaken>(StatusCodes.Status202Accepted)
            .Produces<ProfileTaken>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Results<ValidationProblem, IntakeOutcome>> Handle(
        string member, UpsertProfileRequest request, PlatformCaller caller, HttpContext context, IntakeWriter intake, TimeProvider clock, IOptions<JsonOptions> json)
    {
        var errors = Validate(request);
        Messages.IngestingMessage.IngestMessageValidator.RequireHandle(errors, "member", member);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The profile is not valid.");
        }

        var profile = new MemberProfileTaken(
            MemberHandle.Normalize(member),
            request.FirstName, request.LastName, request.Headline, request.Summary, request.Industry, request.Location,
            [.. (request.Languages ?? []).Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            [.. (request.Positions ?? []).Select(p => new ProfilePosition(p.Title!.Trim(), p.Company, p.Description, p.StartedOn, p.FinishedOn))],
            [.. (request.Skills ?? []).Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);
        return await intake.Take(new ProfileWork(caller.TenantId, IdempotencyRequest.Of(context), profile,
            [ExportPeople.OfProfile(profile.Member, profile.FirstName, profile.LastName, profile.Headline, clock.GetUtcNow())], changed =>
            StoredAnswer.Json(changed ? StatusCodes.Status202Accepted : StatusCodes.Status200OK, new ProfileTaken(profile.Member, changed), json.Value.SerializerOptions)));
    }

    private static Dictionary<string, string[]> Validate(UpsertProfileRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, value) in new[]
                 {
                     ("firstName", request.FirstName), ("lastName", request.LastName), ("headline", request.Headline),
                     ("summary", request.Summary), ("industry", request.Industry), ("location", request.Location),
                 })
        {
            if (value is { Length: > MaxTextLength })
            {
                errors[field] = [$"At most {MaxTextLength} characters are allowed."];
            }
        }

        foreach (var (field, count) in new[] { ("languages", request.Languages?.Count ?? 0), ("positions", request.Positions?.Count ?? 0), ("skills", request.Skills?.Count ?? 0) })
        {
            if (count > MaxItems)
            {
                errors[field] = [$"At most {MaxItems} items are allowed."];
            }
        }

        for (var i = 0; i < (request.Positions?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(request.Positions![i]?.Title))
            {
                errors[$"positions[{i}].title"] = ["A title is required."];
            }
        }

        for (var i = 0; i < (request.Skills?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(request.Skills![i]))
            {
                errors[$"skills[{i}]"] = ["A skill cannot be empty."];
            }
        }

        return errors;
    }
}
