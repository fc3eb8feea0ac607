using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.OpportunityMatching.Members;

/// <summary>
/// Who a request acts for. A caller signed in as a member acts as that member only; an integration's key carries
/// no member, so it names one in the request.
/// </summary>
public static class ActingMember
{
    public const int MaxLength = 200;

    public const string NotThemself = "A member can act only as themself.";

    public static string? Resolve(PlatformCaller caller, string? requested, string field, IDictionary<string, string[]> errors)
    {
        var named = string.IsNullOrWhiteSpace(requested) ? null : Normalize(requested);
        if (caller.Member is { } member)
        {
            if (named is not null && named != Normalize(member))
            {
                errors[field] = [NotThemself];
                return null;
            }

            return Normalize(member);
        }

        if (named is null)
        {
            errors[field] = ["Name the member this request acts for."];
            return null;
        }

        if (named.Length > MaxLength)
        {
            errors[field] = [$"At most {MaxLength} characters."];
            return null;
        }

        return named;
    }

    /// <summary>
    /// The answer to a request <see cref="Resolve"/> found errors in: a member naming someone else is refused (403),
    /// like any other attempt on what is not theirs; anything else is a validation problem (400).
    /// </summary>
    public static IResult Refusal(IDictionary<string, string[]> errors, string title) =>
        errors.Values.Any(messages => messages.Contains(NotThemself))
            ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not yourself", detail: NotThemself)
            : Results.ValidationProblem(errors, title: title);

    public static string Normalize(string handle) => handle.Trim().ToLowerInvariant();
}
