namespace NetworkingPlatform.Gateway.Accounts;

public static class AccountRoles
{
    public const string Admin = "admin";
    public const string Member = "member";

    public static bool IsKnown(string? role) => role is Admin or Member;

    /// <summary>The scopes a signed-in account carries to the services.</summary>
    public static string ScopesOf(string role) => role == Admin
        ? $"{PlatformScopes.Read} {PlatformScopes.Write} {PlatformScopes.Admin}"
        : $"{PlatformScopes.Read} {PlatformScopes.Write}";
}
