using System.Net;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Notification.Answers;

public static class AnswerEndpoints
{
    public static IEndpointRouteBuilder MapAnswers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/notifications/{id}/answers/{answer}", AnswerInApp)
            .WithName("AnswerNudge")
            .WithSummary("Answers the conversation of a nudge with one click: decline, tell-me-more or lets-meet.")
            .Produces<AnswerSent>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // Email links carry their own signed grant instead of an API key: a member clicks them from a mail client.
        // GET only shows a confirmation, so that link scanners that prefetch URLs never answer on anyone's behalf.
        endpoints.MapGet("/api/v1/answers/{token}", Confirm).AllowAnonymous()
            .WithName("ConfirmEmailAnswer").WithSummary("The confirmation page of a one-click answer link from an email.");
        endpoints.MapPost("/api/v1/answers/{token}", AnswerFromEmail).AllowAnonymous().DisableAntiforgery()
            .WithName("AnswerFromEmail").WithSummary("Sends the answer of a signed, single-use, expiring email link.")
            .Produces<AnswerSent>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone);
        return endpoints;
    }

    private static async Task<IResult> AnswerInApp(string id, string answer, PlatformCaller caller, OneClickReplies replies, CancellationToken cancellationToken)
    {
        if (OneClickAnswer.Find(answer) is not { } chosen)
        {
            return UnknownAnswer(answer);
        }

        return AnswerResults.For(await replies.Answer(caller.TenantId, id, chosen, caller.Member, cancellationToken), chosen.Name);
    }

    private static IResult Confirm(string token, AnswerLinks links, TimeProvider clock)
    {
        if (Check(token, links, clock, out var grant) is { } problem)
        {
            return problem;
        }

        var answer = OneClickAnswer.Find(grant!.Answer)!;
        var html = $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(answer.Label.Es)} / {WebUtility.HtmlEncode(answer.Label.En)}</title></head>
            <body><form method="post"><p>«{WebUtility.HtmlEncode(answer.Reply.Es)}»</p>
            <button type="submit">{WebUtility.HtmlEncode(answer.Label.Es)} / {WebUtility.HtmlEncode(answer.Label.En)}</button></form></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> AnswerFromEmail(string token, AnswerLinks links, TimeProvider clock, OneClickReplies replies, CancellationToken cancellationToken)
    {
        if (Check(token, links, clock, out var grant) is { } problem)
        {
            return problem;
        }

        var answer = OneClickAnswer.Find(grant!.Answer)!;
        var outcome = await replies.Answer(grant.TenantId, grant.NotificationId, answer, actingMember: null, cancellationToken);
        return outcome == AnswerOutcome.AlreadyAnswered
            ? Results.Problem(statusCode: StatusCodes.Status410Gone, title: "This link was already used.",
                detail: "The conversation was already answered; each link works once.")
            : AnswerResults.For(outcome, answer.Name);
    }

    private static IResult? Check(string token, AnswerLinks links, TimeProvider clock, out AnswerGrant? grant)
    {
        grant = links.Read(token);
        if (grant is null || OneClickAnswer.Find(grant.Answer) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid link.",
                detail: "The answer link is malformed or its signature does not hold.", extensions: new Dictionary<string, object?> { ["field"] = "token" });
        }

        return grant.ExpiresAt < clock.GetUtcNow()
            ? Results.Problem(statusCode: StatusCodes.Status410Gone, title: "This link has expired.", detail: $"It was valid until {grant.ExpiresAt:O}.")
            : null;
    }

    private static IResult UnknownAnswer(string answer) => Results.ValidationProblem(new Dictionary<string, string[]>
    {
        ["answer"] = [$"Unknown answer '{answer}'; expected one of: {string.Join(", ", OneClickAnswer.Names)}."],
    });
}
