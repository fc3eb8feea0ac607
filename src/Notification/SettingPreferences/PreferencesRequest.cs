namespace NetworkingPlatform.Notification.SettingPreferences;

/// <summary>
/// A member's preferences as sent by the portal; times of day are "HH:mm" in <see cref="TimeZone"/>. Without
/// <see cref="Language"/>, notifications follow the language of the member's account.
/// </summary>
public sealed record PreferencesRequest(
    string? Language,
    string? TimeZone,
    string? Email,
    Dictionary<string, List<string>>? Channels,
    QuietHoursRequest? QuietHours,
    string? EmailFrequency,
    string? DigestAt,
    bool? WeeklySummary);

public sealed record QuietHoursRequest(string? Start, string? End);
