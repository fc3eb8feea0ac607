using Marten.Metadata;

namespace NetworkingPlatform.Notification.Preferences;

/// <summary>How one member wants to hear from the platform. Members without a stored document get <see cref="DefaultFor"/>.</summary>
public sealed class MemberPreferences : ITenanted
{
    public const string Immediate = "immediate";
    public const string DailyDigest = "daily";

    /// <summary>For a member without an account, until they choose: English, as the platform's texts so far.</summary>
    public const string DefaultLanguage = "en";

    public string Id { get; set; } = string.Empty;

    /// <summary>Filled by Marten: the weekly summary scans every tenant's members.</summary>
    public string? TenantId { get; set; }

    /// <summary>The language the member writes to them in: the one they chose here, else their account's, else English.</summary>
    public string Language => ChosenLanguage ?? AccountLanguage ?? DefaultLanguage;

    /// <summary>A language chosen for notifications; null follows the account's language.</summary>
    public string? ChosenLanguage { get; set; }

    /// <summary>The language of the member's account (sign-up, then each change), as the Gateway announced it.</summary>
    public string? AccountLanguage { get; set; }

    /// <summary>When <see cref="AccountLanguage"/> was set: an older announcement arriving late changes nothing.</summary>
    public DateTimeOffset? AccountLanguageAt { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public string? Email { get; set; }

    /// <summary>Channels per notification type; a type not listed goes to every channel.</summary>
    public Dictionary<string, List<string>> Channels { get; set; } = [];

    public QuietHours? QuietHours { get; set; }
    public string EmailFrequency { get; set; } = Immediate;
    public TimeOnly DigestAt { get; set; } = new(8, 0);

    /// <summary>The weekly responsiveness summary by email: on unless the member opts out.</summary>
    public bool WeeklySummary { get; set; } = true;

    /// <summary>
    /// When the next weekly summary is due (indexed: a scan reads only the members whose time has come). Empty for a
    /// member who gets none, and on documents stored before it existed, which a scan schedules when it first sees them.
    /// </summary>
    public DateTimeOffset? WeeklySummaryDueAt { get; set; }

    public static MemberPreferences DefaultFor(string member) => new() { Id = member };

    public IReadOnlyList<string> ChannelsFor(string type) =>
        Channels.TryGetValue(type, out var chosen) ? chosen : Preferences.Channels.All;

    /// <summary>When an email may go: immediately, after the quiet hours, or at the next digest time.</summary>
    public DateTimeOffset EmailDueAt(DateTimeOffset now) =>
        EmailFrequency == DailyDigest ? LocalSchedule.NextAt(now, Zone, DigestAt) : OutsideQuietHours(now);

    /// <summary>Now, or the end of the quiet hours when they hold now.</summary>
    public DateTimeOffset OutsideQuietHours(DateTimeOffset now) =>
        QuietHours is { } quiet ? LocalSchedule.OutsideQuietHours(now, Zone, quiet) : now;

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
