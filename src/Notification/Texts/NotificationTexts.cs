using System.Resources;

namespace NetworkingPlatform.Notification.Texts;

/// <summary>
/// What Notification writes to members, from Resources/NotificationTexts.resx (English) and NotificationTexts.es.resx
/// (Spanish), formatted in the member's language. Counts pick the ".One" or ".Other" text: both languages make only
/// that distinction.
/// </summary>
public static class NotificationTexts
{
    private static readonly ResourceManager Resources = new("NetworkingPlatform.Notification.Resources.NotificationTexts", typeof(NotificationTexts).Assembly);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    public static CultureInfo Culture(string language) => language == "en" ? English : Spanish;

    public static string Get(string language, string key, params object?[] arguments)
    {
        var culture = Culture(language);
        var text = Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No notification text '{key}'.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }

    public static string Count(string language, string key, long count) => Get(language, $"{key}.{(count == 1 ? "One" : "Other")}", count);

    /// <summary>The same text in both languages, for an event told to members who may speak either.</summary>
    public static LocalizedText Both(Func<string, string> text) => new(text("es"), text("en"));

    public static LocalizedText Both(string key, params object?[] arguments) => Both(language => Get(language, key, arguments));
}
