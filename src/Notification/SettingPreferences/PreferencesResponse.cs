using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.SettingPreferences;

public sealed record PreferencesResponse(
    string Member, string Language, string TimeZone, string? Email, IReadOnlyDictionary<string, IReadOnlyList<string>> Channels,
    QuietHoursRequest? QuietHours, string EmailFrequency, string DigestAt, bool WeeklySummary, string? ChosenLanguage, string? AccountLanguage)
{
    public static PreferencesResponse From(MemberPreferences preferences) => new(
        preferences.Id, preferences.Language, preferences.TimeZone, preferences.Email,
        NotificationTypes.All.Order().ToDictionary(type => type, preferences.ChannelsFor),
        preferences.QuietHours is { } quiet ? new QuietHoursRequest(quiet.Start.ToString("HH:mm"), quiet.End.ToString("HH:mm")) : null,
        preferences.EmailFrequency, preferences.DigestAt.ToString("HH:mm"), preferences.WeeklySummary, preferences.ChosenLanguage,
        preferences.AccountLanguage);
}
