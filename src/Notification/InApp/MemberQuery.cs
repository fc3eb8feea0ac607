namespace NetworkingPlatform.Notification.InApp;

/// <summary>Which member a request is about: the caller's own member when the identity names one, else the query.</summary>
public static class MemberQuery
{
    public static string? Resolve(PlatformCaller caller, string? member) => (caller.Member ?? member)?.Trim().ToLowerInvariant() is { Length: > 0 } found ? found : null;

    public static ValidationProblem Missing() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["member"] = ["Name the member whose notifications these are."] });
}
