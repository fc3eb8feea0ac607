namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// Each export file writes dates its own way: messages "2025-06-01 14:03:22 UTC", invitations "1/29/26, 2:37 PM"
/// (newer exports put a narrow no-break space before PM), connections "08 Feb 2026", positions "Mar 2021".
/// Times without a zone are taken as UTC, as LinkedIn writes them.
/// </summary>
public static class LinkedInDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] MessageFormats = ["yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm 'UTC'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
    private static readonly string[] InvitationFormats = ["M/d/yy, h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yy h:mm tt", "M/d/yy, H:mm"];
    private static readonly string[] ConnectionFormats = ["dd MMM yyyy", "d MMM yyyy", "MMM d, yyyy", "yyyy-MM-dd"];
    private static readonly string[] MonthFormats = ["MMM yyyy", "MMMM yyyy", "yyyy", "M/yyyy", "yyyy-MM"];

    public static bool TryMessageDate(string? text, out DateTimeOffset value) => TryParse(text, MessageFormats, out value);

    public static bool TryInvitationDate(string? text, out DateTimeOffset value) =>
        TryParse(text?.Replace('\u202F', ' ').Replace('\u00A0', ' '), InvitationFormats, out value);

    public static bool TryConnectionDate(string? text, out DateTimeOffset value) => TryParse(text, ConnectionFormats, out value);

    public static DateOnly? MonthOrNull(string? text) =>
        TryParse(text, MonthFormats, out var value) ? DateOnly.FromDateTime(value.UtcDateTime) : null;

    private static bool TryParse(string? text, string[] formats, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text?.Trim(), formats, English, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
