using NetworkingPlatform.Notification.InApp;

namespace NetworkingPlatform.Notification.Answers;

public static class AnswerEndpoints
{
    public static IEndpointRouteBuilder MapAnswers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/notifications/{id}/answers/{answer}", AnswerInApp)
            .WithName("AnswerNudge")
            .WithTags("One-click answers")
            .WithDescription("decline sends \"No, thanks\", tell-me-more a question and lets-meet a meeting proposal, as the member, into the conversation; a nudge is answered once (409 after).")
            .WithSummary("Answers the conversation of a nudge with one click: decline, tell-me-more or lets-meet.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        // Email links carry their own signed grant instead of an API key: a member clicks them from a mail client.
        // GET only shows a confirmation, so that link scanners that prefetch URLs never answer on anyone's behalf.
        endpoints.MapGet("/api/v1/answers/{token}", Confirm).AllowAnonymous()
            .WithName("ConfirmEmailAnswer")
            .WithTags("One-click answers")
            .WithDescription("Public: the signed link is the credential. Shows the reply that will be sent and a button that POSTs it, so mail scanners that open links never answer; a used or withdrawn link answers 410 with a page saying so.")
            .WithSummary("The confirmation page of a one-click answer link from an email, in the member's language, showing the reply "
                + "that will be sent; a used or withdrawn link shows that the conversation was already answered (410).")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        endpoints.MapPost("/api/v1/answers/{token}", AnswerFromEmail).AllowAnonymous().DisableAntiforgery()
            .WithName("AnswerFromEmail")
            .WithTags("One-click answers")
            .WithDescription("Public: the signed link is the credential. Single use; expires after 7 days.")
            .WithSummary("Sends the answer of a signed, single-use, expiring email link and shows, in the member's language, what was sent.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status410Gone, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return endpoints;
    }

    private static async Task<Results<Ok<AnswerSent>, ValidationProblem, ProblemHttpResult>> AnswerInApp(string id, string answer, PlatformCaller caller, OneClickReplies replies, CancellationToken cancellationToken)
    {
        if (OneClickAnswer.Find(answer) is not { } chosen)
        {
            return UnknownAnswer(answer);
        }

        return AnswerResults.For(await replies.Answer(caller.TenantId, id, chosen, caller.Member, cancellationToken), chosen.Name);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Confirm(string token, AnswerLinks links, TimeProvider clock, OneClickReplies replies, CancellationToken cancellationToken)
    {
        var (link, refusal) = await Open(token, links, clock, replies, cancellationToken);
        return refusal ?? link!.Nudge switch
        {
            null or { WaitingMember: null } => AnswerPage.NotFound(link!.Language),
            { OffersAnswers: false } => AnswerPage.AlreadyAnswered(link!.Language),
            _ => AnswerPage.Confirm(link!.Language, link.Answer, link.WaitingName!),
        };
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> AnswerFromEmail(string token, AnswerLinks links, TimeProvider clock, OneClickReplies replies, CancellationToken cancellationToken)
    {
        var (link, refusal) = await Open(token, links, clock, replies, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var (grant, language) = (link!.Grant, link.Language);
        return await replies.Answer(grant.TenantId, grant.NotificationId, link.Answer, actingMember: null, cancellationToken) switch
        {
            AnswerOutcome.Answered => AnswerPage.Sent(language, link.Answer, link.WaitingName!),
            AnswerOutcome.AlreadyAnswered => AnswerPage.AlreadyAnswered(language),
            AnswerOutcome.NotFound => AnswerPage.NotFound(language),
            _ => AnswerPage.Unavailable(language),
        };
    }

    /// <summary>The link's grant, nudge and reader's language; or why it cannot be used (malformed: 400, expired: 410).</summary>
    private static async Task<(OpenedLink? Link, Results<ContentHttpResult, ProblemHttpResult>? Refusal)> Open(
        string token, AnswerLinks links, TimeProvider clock, OneClickReplies replies, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } grant || OneClickAnswer.Find(grant.Answer) is not { } answer)
        {
            return (null, InvalidLink());
        }

        var (nudge, language, waiting) = await replies.Find(grant.TenantId, grant.NotificationId, cancellationToken);
        return grant.ExpiresAt < clock.GetUtcNow()
            ? (null, AnswerPage.Expired(language, grant.ExpiresAt))
            : (new OpenedLink(grant, answer, nudge, language, waiting), null);
    }

    private sealed record OpenedLink(AnswerGrant Grant, OneClickAnswer Answer, InAppNotification? Nudge, string Language, string? WaitingName);

    private static ProblemHttpResult InvalidLink() => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid link.",
        detail: "The answer link is malformed or its signature does not hold.", extensions: new Dictionary<string, object?> { ["field"] = "token" });

    private static ValidationProblem UnknownAnswer(string answer) => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["answer"] = [$"Unknown answer '{answer}'; expected one of: {string.Join(", ", OneClickAnswer.Names)}."],
    });
}
