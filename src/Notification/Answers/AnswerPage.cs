using System.Net;
using System.Text;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>
/// The pages a member sees after clicking a one-click answer in an email, in their language: the confirmation showing
/// the reply that will really be sent, the reply sent, and why nothing was sent (already answered, expired, gone).
/// </summary>
public static class AnswerPage
{
    public static IResult Confirm(string language, OneClickAnswer answer, string recipientName) => Page(language, StatusCodes.Status200OK,
        NotificationTexts.Get(language, "AnswerPage.ConfirmTitle", recipientName),
        $"<p>{Encode(NotificationTexts.Get(language, "AnswerPage.ConfirmLead"))}</p><blockquote>{Encode(answer.Reply.In(language))}</blockquote>"
        + $"<form method=\"post\"><button type=\"submit\">{Encode(NotificationTexts.Get(language, "AnswerPage.Send", answer.Label.In(language)))}</button></form>");

    public static IResult Sent(string language, OneClickAnswer answer, string recipientName) => Page(language, StatusCodes.Status200OK,
        NotificationTexts.Get(language, "AnswerPage.SentTitle"),
        $"<p>{Encode(NotificationTexts.Get(language, "AnswerPage.SentLead", recipientName))}</p><blockquote>{Encode(answer.Reply.In(language))}</blockquote>");

    public static IResult AlreadyAnswered(string language) =>
        Plain(language, StatusCodes.Status410Gone, "AnswerPage.AlreadyAnsweredTitle", NotificationTexts.Get(language, "AnswerPage.AlreadyAnsweredLead"));

    public static IResult Expired(string language, DateTimeOffset expiredAt) =>
        Plain(language, StatusCodes.Status410Gone, "AnswerPage.ExpiredTitle", NotificationTexts.Get(language, "AnswerPage.ExpiredLead", expiredAt.UtcDateTime));

    public static IResult NotFound(string language) =>
        Plain(language, StatusCodes.Status404NotFound, "AnswerPage.NotFoundTitle", NotificationTexts.Get(language, "AnswerPage.NotFoundLead"));

    public static IResult Unavailable(string language) =>
        Plain(language, StatusCodes.Status503ServiceUnavailable, "AnswerPage.UnavailableTitle", NotificationTexts.Get(language, "AnswerPage.UnavailableLead"));

    private static IResult Plain(string language, int status, string titleKey, string lead) =>
        Page(language, status, NotificationTexts.Get(language, titleKey), $"<p>{Encode(lead)}</p>");

    private static IResult Page(string language, int status, string title, string body)
    {
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{Encode(title)}</title></head><body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem\">")
            .Append($"<h1>{Encode(title)}</h1>{body}</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
