using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Email;

/// <summary>Writes a notification email in the member's language, as plain text and HTML, with the one-click answers of a nudge.</summary>
public static class EmailComposer
{
    /// <param name="answers">The one-click answers offered, each a label and its link; none but for a nudge.</param>
    public static EmailContent Compose(string email, string language, string title, string body, IReadOnlyList<(string Label, Uri Link)> answers)
    {
        var text = new StringBuilder().AppendLine(body).AppendLine();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><body><h2>{Encode(title)}</h2><p>{Encode(body)}</p>");
        if (answers.Count > 0)
        {
            text.AppendLine(NotificationTexts.Get(language, "Email.AnswerWithOneClick"));
            html.Append("<p>");
            foreach (var (label, link) in answers)
            {
                text.AppendLine($"  {label}: {link}");
                html.Append($"<a href=\"{Encode(link.ToString())}\" style=\"margin-right:12px\">{Encode(label)}</a>");
            }

            html.Append("</p>");
        }

        var footer = NotificationTexts.Get(language, "Email.Footer");
        text.AppendLine().AppendLine(footer);
        html.Append($"<p style=\"color:#666;font-size:12px\">{Encode(footer)}</p></body></html>");
        return new EmailContent(email, title, text.ToString(), html.ToString());
    }

    /// <summary>One email gathering the notifications held for a member's daily digest.</summary>
    public static EmailContent Digest(string email, string language, IReadOnlyList<EmailContent> items)
    {
        var subject = NotificationTexts.Count(language, "Digest.Subject", items.Count);
        var text = new StringBuilder();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><body><h2>{Encode(subject)}</h2>");
        foreach (var item in items)
        {
            text.AppendLine($"== {item.Subject}").AppendLine(item.Text);
            html.Append($"<hr><h3>{Encode(item.Subject)}</h3>{BodyOf(item.Html)}");
        }

        html.Append("</body></html>");
        return new EmailContent(email, subject, text.ToString(), html.ToString());
    }

    private static string BodyOf(string html)
    {
        var start = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return start > 5 && end > start ? html[start..end] : string.Empty;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
