namespace NetworkingPlatform.Notification.Answers;

/// <summary>The HTTP answer to each outcome of a one-click answer.</summary>
public static class AnswerResults
{
    public static IResult For(AnswerOutcome outcome, string answer) => outcome switch
    {
        AnswerOutcome.Answered => Results.Ok(new AnswerSent(answer)),
        AnswerOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such nudge.",
            detail: "There is no nudge with one-click answers under this id."),
        AnswerOutcome.AlreadyAnswered => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already answered.",
            detail: "This conversation was already answered; a one-click answer is sent once."),
        _ => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again shortly.",
            detail: "The reply could not be recorded right now; nothing was sent."),
    };
}
