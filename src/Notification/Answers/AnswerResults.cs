namespace NetworkingPlatform.Notification.Answers;

/// <summary>The HTTP answer to each outcome of a one-click answer, typed as the answering endpoint's own result.</summary>
public static class AnswerResults
{
    public static Results<Ok<AnswerSent>, ValidationProblem, ProblemHttpResult> For(AnswerOutcome outcome, string answer) => outcome switch
    {
        AnswerOutcome.Answered => TypedResults.Ok(new AnswerSent(answer)),
        AnswerOutcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such nudge.",
            detail: "There is no nudge with one-click answers under this id."),
        AnswerOutcome.AlreadyAnswered => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already answered.",
            detail: "This conversation was already answered; a one-click answer is sent once."),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again shortly.",
            detail: "The reply could not be recorded right now; nothing was sent."),
    };
}
