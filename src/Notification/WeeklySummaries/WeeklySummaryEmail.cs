using NetworkingPlatform.Notification.Email;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>Writes the weekly responsiveness summary in the member's language, as plain text and HTML.</summary>
public static class WeeklySummaryEmail
{
    public static EmailContent Compose(string email, string language, MemberResponsiveness figures)
    {
        string T(string key) => NotificationTexts.Get(language, key);
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-US" : "es-MX");
        var subject = T("WeeklySummary.Subject");
        var rate = figures.ResponseRate is { } measured ? measured.ToString("P0", culture) : T("WeeklySummary.NotMeasured");
        var median = figures.MedianFirstReplyTime is { } time ? ReplyTimeText.Describe(time, language) : T("WeeklySummary.NoReplies");
        var badge = language == "en" ? figures.BadgeEn : figures.BadgeEs;
        var lines = new List<(string Label, string Value)>
        {
            (T("WeeklySummary.ResponseRate"), rate),
            (T("WeeklySummary.ReplyNeeding"), figures.ReplyNeedingReceived.ToString(culture)),
            (T("WeeklySummary.Outcomes"), $"{figures.Answered} / {figures.Declined} / {figures.Ignored}"),
            (T("WeeklySummary.MedianFirstReply"), median),
            (T("WeeklySummary.Waiting"), figures.WaitingOnMember.ToString(culture)),
        };
        var closing = figures.WaitingOnMember > 0
            ? T("WeeklySummary.ShortAnswer")
            : T("WeeklySummary.NobodyWaiting");
        var footer = T("WeeklySummary.Footer");

        var text = new StringBuilder();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><body><h2>{Encode(subject)}</h2>");
        if (badge.Length > 0)
        {
            text.AppendLine(Capitalized(badge, culture) + ".").AppendLine();
            html.Append($"<p><strong>{Encode(Capitalized(badge, culture))}</strong></p>");
        }

        html.Append("<table>");
        foreach (var (label, value) in lines)
        {
            text.AppendLine($"{label}: {value}");
            html.Append($"<tr><td>{Encode(label)}</td><td><strong>{Encode(value)}</strong></td></tr>");
        }

        html.Append($"</table><p>{Encode(closing)}</p><p style=\"color:#666;font-size:12px\">{Encode(footer)}</p></body></html>");
        text.AppendLine().AppendLine(closing).AppendLine().AppendLine(footer);
        return new EmailContent(email, subject, text.ToString(), html.ToString());
    }

    private static string Capitalized(string text, CultureInfo culture) => text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
