namespace NetworkingPlatform.Gateway.Accounts;

public static class Languages
{
    public const string Spanish = "es";
    public const string English = "en";

    public static bool IsSupported(string? language) => language is Spanish or English;
}
