namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>Notification preferences (Notification /preferences/{member}); times of day are "HH:mm" in the time zone.</summary>
public sealed record Preferences(
    string? Language, string TimeZone, string? Email, Dictionary<string, List<string>> Channels, QuietHours? QuietHours,
    string EmailFrequency, string DigestAt, bool WeeklySummary, string? ChosenLanguage = null);
