using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.OpportunityMatching.Members;

/// <summary>
/// Who a request acts for. A caller signed in as a member acts as that member only; an integration's key carries
/// no member, so it names one in the request.
/// </summary>
public static class ActingMember
{
    public const int MaxLength = 200;

    public static string? Resolve(PlatformCaller caller, string? requested, string field, IDictionary<string, string[]> errors)
    {
        var named = string.IsNullOrWhiteSpace(requested) ? null : Normalize(requested);
        if (caller.Member is { } member)
        {
            if (named is not null && named != Normalize(member))
            {
                errors[field] = ["A member can act only as themself."];
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

    public static string Normalize(string handle) => handle.Trim().ToLowerInvariant();
}
