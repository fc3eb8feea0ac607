namespace NetworkingPlatform.ServiceDefaults.Identity;

/// <summary>
/// What a caller may do: <c>read</c> for GET and HEAD, <c>write</c> for every other method, <c>admin</c> for the
/// operations marked with <see cref="AdminOperation"/>.
/// </summary>
public static class PlatformScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Read, Write, Admin];

    public static string RequiredFor(string method, bool adminOperation) =>
        adminOperation ? Admin
        : HttpMethodsThatRead.Contains(method) ? Read
        : Write;

    private static readonly HashSet<string> HttpMethodsThatRead = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS" };
}
