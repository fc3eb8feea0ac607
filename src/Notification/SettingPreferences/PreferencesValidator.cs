using MimeKit;
using NetworkingPlatform.Notification.Preferences;

namespace NetworkingPlatform.Notification.SettingPreferences;

/// <summary>Checks a preferences request field by field and, when it holds, turns it into the stored document.</summary>
public static class PreferencesValidator
{
    public static (MemberPreferences? Preferences, Dictionary<string, string[]> Errors) Validate(string member, PreferencesRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var preferences = MemberPreferences.DefaultFor(member);
        if (request.Language is { } language)
        {
            if (language is "es" or "en") { preferences.ChosenLanguage = language; }
            else { errors["language"] = ["Use 'es' or 'en'."]; }
        }

        if (request.TimeZone is { } zone)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) { preferences.TimeZone = zone; }
            else { errors["timeZone"] = [$"Unknown time zone '{zone}'; use an IANA name such as America/Mexico_City."]; }
        }

        if (request.Email is { } email)
        {
            if (MailboxAddress.TryParse(email, out var address) && address.Address.Contains('@')) { preferences.Email = address.Address; }
            else { errors["email"] = ["Not an email address."]; }
        }

        foreach (var (type, channels) in request.Channels ?? [])
        {
            if (!NotificationTypes.All.Contains(type))
            {
                errors[$"channels.{type}"] = [$"Unknown notification type; expected some of: {string.Join(", ", NotificationTypes.All)}."];
            }
            else if (channels.FirstOrDefault(channel => !Channels.All.Contains(channel)) is { } unknown)
            {
                errors[$"channels.{type}"] = [$"Unknown channel '{unknown}'; expected some of: {string.Join(", ", Channels.All)}."];
            }
            else
            {
                preferences.Channels[type] = [.. channels.Distinct()];
            }
        }

        if (request.QuietHours is { } quiet)
        {
            var start = Time(quiet.Start, "quietHours.start", errors);
            var end = Time(quiet.End, "quietHours.end", errors);
            if (start is { } from && end is { } to)
            {
                preferences.QuietHours = new QuietHours(from, to);
            }
        }

        if (request.EmailFrequency is { } frequency)
        {
            if (frequency is MemberPreferences.Immediate or MemberPreferences.DailyDigest) { preferences.EmailFrequency = frequency; }
            else { errors["emailFrequency"] = [$"Use '{MemberPreferences.Immediate}' or '{MemberPreferences.DailyDigest}'."]; }
        }

        if (request.DigestAt is not null && Time(request.DigestAt, "digestAt", errors) is { } digestAt)
        {
            preferences.DigestAt = digestAt;
        }

        preferences.WeeklySummary = request.WeeklySummary ?? true;
        return (errors.Count == 0 ? preferences : null, errors);
    }

    private static TimeOnly? Time(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[field] = ["A time of day as HH:mm is required."];
        return null;
    }
}
