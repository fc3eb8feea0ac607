using System.Globalization;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Views;

namespace NetworkingPlatform.ResponseTracking.SettingPromises;

public static class SetPromiseEndpoint
{
    private const double MaxBusinessDays = 60;

    public static IEndpointRouteBuilder MapPromises(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPut("/api/v1/responses/members/{member}/promise", Handle)
            .WithName("SetResponsePromise")
            .WithTags("Promises")
            .WithDescription("withinBusinessDays, timeZone (IANA), workdayStart and workdayEnd. Passing a promise makes a wait overdue, which drives nudges.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Sets the member's response promise, working hours and time zone; open replies get their new deadlines.");
        endpoints.MapGet("/api/v1/responses/members/{member}/promise", Get)
            .WithName("GetResponsePromise")
            .WithTags("Promises")
            .WithDescription("The defaults (no promise, 09:00-17:00 UTC) until the member sets one.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("The member's response promise, working hours and time zone.");
        return endpoints;
    }

    private static async Task<Ok<ResponsePromise>> Get(string member, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        return TypedResults.Ok(await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member });
    }

    private static async Task<Results<Ok<ResponsePromise>, ValidationProblem>> Handle(string member, PromiseRequest request, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var (promise, errors) = Validate(member, request);
        if (promise is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var session = store.LightweightSession(caller.TenantId);
        session.CarryTrace();
        var previous = await session.LoadAsync<ResponsePromise>(member, cancellationToken) ?? new ResponsePromise { Id = member };
        session.Store(promise);
        // Deadlines change only where a reply is owed; business reply times, stored with every side, change with the hours.
        var sides = session.Query<MemberConversation>().Where(c => c.Member == member);
        if (promise.SameHoursAs(previous))
        {
            sides = sides.Where(c => c.WaitingOnMemberSince != null);
        }

        var rewritten = await sides.Select(c => c.ConversationId).ToListAsync(cancellationToken);
        if (rewritten.Count > 0)
        {
            var conversations = await session.LoadManyAsync<Conversation>(cancellationToken, rewritten);
            var promises = await ConversationViewsProjection.LoadPromises(session, conversations.SelectMany(c => c.Participants()), cancellationToken);
            promises[member] = promise;
            ConversationViewsProjection.Store(session, [.. conversations.Select(c => (c, false))], promises);
        }

        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(promise);
    }

    private static (ResponsePromise? Promise, Dictionary<string, string[]> Errors) Validate(string member, PromiseRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.WithinBusinessDays is { } days && (days <= 0 || days > MaxBusinessDays || double.IsNaN(days)))
        {
            errors["withinBusinessDays"] = [$"The promise must be more than 0 and at most {MaxBusinessDays} business days."];
        }

        var zone = request.TimeZone ?? "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors["timeZone"] = [$"'{zone}' is not a known time zone (use an IANA name such as America/Mexico_City)."];
        }

        var start = ParseTime(request.WorkdayStart, new TimeOnly(9, 0), "workdayStart", errors);
        var end = ParseTime(request.WorkdayEnd, new TimeOnly(17, 0), "workdayEnd", errors);
        if (errors.Count == 0 && end <= start)
        {
            errors["workdayEnd"] = ["The working day must end after it starts."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ResponsePromise { Id = member, WithinBusinessDays = request.WithinBusinessDays, TimeZone = zone, WorkdayStart = start, WorkdayEnd = end }, errors);
    }

    private static TimeOnly ParseTime(string? value, TimeOnly fallback, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[field] = ["Use the 24-hour form HH:mm, such as 09:00."];
        return fallback;
    }
}
