namespace NetworkingPlatform.Notification.Preferences;

public static class Channels
{
    public const string InApp = "in-app";
    public const string Email = "email";

    public static readonly IReadOnlyList<string> All = [InApp, Email];
}
