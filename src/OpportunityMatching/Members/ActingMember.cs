namespace NetworkingPlatform.OpportunityMatching.Members;

/// <summary>
/// Who a request acts for. A caller signed in as a member acts as that member only; an integration's key carries
/// no member, so it names one in the request.
/// </summary>
public static class ActingMember
{
    public const int MaxLength = 200;

    public static ActingAs Resolve(PlatformCaller caller, string? requested, string field, IDictionary<string, string[]> errors)
    {
        var named = string.IsNullOrWhiteSpace(requested) ? null : Normalize(requested);
        if (caller.Member is { } member)
        {
            return named is null || named == Normalize(member) ? ActingAs.Themself(Normalize(member)) : ActingAs.SomeoneElse;
        }

        if (named is null)
        {
            errors[field] = ["Name the member this request acts for."];
            return ActingAs.Invalid;
        }

        if (named.Length > MaxLength)
        {
            errors[field] = [$"At most {MaxLength} characters."];
            return ActingAs.Invalid;
        }

        return ActingAs.Themself(named);
    }

    public static string Normalize(string handle) => handle.Trim().ToLowerInvariant();
}
