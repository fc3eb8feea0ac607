namespace NetworkingPlatform.Gateway.ApiKeys;

public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";
}
