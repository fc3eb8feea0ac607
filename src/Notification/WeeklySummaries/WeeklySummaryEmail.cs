using System.Globalization;
using System.Net;
using System.Text;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Triggers;

namespace NetworkingPlatform.Notification.WeeklySummaries;

/// <summary>Writes the weekly responsiveness summary in the member's language, as plain text and HTML.</summary>
public static class WeeklySummaryEmail
{
    public static EmailContent Compose(string email, string language, MemberResponsiveness figures)
    {
        string T(string es, string en) => new LocalizedText(es, en).In(language);
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-US" : "es-MX");
        var subject = T("Tu semana en NetworkingPlatform: cómo respondes", "Your week on NetworkingPlatform: how you answer");
        var rate = figures.ResponseRate is { } measured ? measured.ToString("P0", culture) : T("aún sin medir", "not measured yet");
        var median = figures.MedianFirstReplyTime is { } time ? ReplyTimeText.Describe(time, language) : T("sin respuestas aún", "no replies yet");
        var badge = language == "en" ? figures.BadgeEn : figures.BadgeEs;
        var lines = new List<(string Label, string Value)>
        {
            (T("Tasa de respuesta (90 días)", "Response rate (90 days)"), rate),
            (T("Mensajes que pedían respuesta", "Messages that needed a reply"), figures.ReplyNeedingReceived.ToString(culture)),
            (T("Respondidos / declinados / sin respuesta", "Answered / declined / unanswered"), $"{figures.Answered} / {figures.Declined} / {figures.Ignored}"),
            (T("Mediana de primera respuesta", "Median first reply"), median),
            (T("Conversaciones que esperan tu respuesta", "Conversations waiting for your reply"), figures.WaitingOnMember.ToString(culture)),
        };
        var closing = figures.WaitingOnMember > 0
            ? T("Una respuesta corta basta, incluso un «No, gracias».", "A short answer is enough, even a “No, thanks”.")
            : T("Nadie espera tu respuesta. ¡Bien hecho!", "Nobody is waiting for your reply. Well done!");
        var footer = T("Puedes dejar de recibir este resumen en tus preferencias.", "You can stop this summary in your preferences.");

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
