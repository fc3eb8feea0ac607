namespace NetworkingPlatform.OpportunityMatching.Members;

/// <summary>
/// The member a request acts for, or why it acts for nobody: a member naming someone else, or a name missing or
/// invalid (then written into the request's errors).
/// </summary>
public readonly record struct ActingAs(string? Member, bool NamedSomeoneElse)
{
    public const string NotThemself = "A member can act only as themself.";

    public static ActingAs Themself(string member) => new(member, false);

    public static ActingAs SomeoneElse => new(null, true);

    public static ActingAs Invalid => new(null, false);

    /// <summary>
    /// The answer to a request that cannot go on: a member naming someone else is refused (403), like any other
    /// attempt on what is not theirs, whatever else is wrong with it; anything else is a validation problem (400).
    /// </summary>
    /// <typeparam name="TAnswer">The request's answer when it goes on, so the refusal is the handler's own result type.</typeparam>
    public Results<TAnswer, ValidationProblem, ProblemHttpResult> Refusal<TAnswer>(IDictionary<string, string[]> errors, string title)
        where TAnswer : IResult =>
        NamedSomeoneElse
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not yourself", detail: NotThemself)
            : TypedResults.ValidationProblem(errors, title: title);
}
