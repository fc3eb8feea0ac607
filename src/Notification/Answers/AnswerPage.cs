using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.Notification.Texts;

namespace NetworkingPlatform.Notification.Answers;

/// <summary>
/// The pages a member sees after clicking a one-click answer in an email, in their language: the confirmation showing
/// the reply that will really be sent, the reply sent, and why nothing was sent (already answered, expired, gone).
/// </summary>
public static class AnswerPage
{
    public static ContentHttpResult Confirm(string language, OneClickAnswer answer, string recipientName) => Page(language, StatusCodes.Status200OK,
        NotificationTexts.Get(language, "AnswerPage.ConfirmTitle", recipientName),
        $"<p>{Encode(NotificationTexts.Get(language, "AnswerPage.ConfirmLead"))}</p><blockquote>{Encode(answer.Reply.In(language))}</blockquote>"
        + $"<form method=\"post\"><button type=\"submit\">{Encode(NotificationTexts.Get(language, "AnswerPage.Send", answer.Label.In(language)))}</button></form>");

    public static ContentHttpResult Sent(string language, OneClickAnswer answer, string recipientName) => Page(language, StatusCodes.Status200OK,
        NotificationTexts.Get(language, "AnswerPage.SentTitle"),
        $"<p>{Encode(NotificationTexts.Get(language, "AnswerPage.SentLead", recipientName))}</p><blockquote>{Encode(answer.Reply.In(language))}</blockquote>");

    public static ContentHttpResult AlreadyAnswered(string language) =>
        Plain(language, StatusCodes.Status410Gone, "AnswerPage.AlreadyAnsweredTitle", NotificationTexts.Get(language, "AnswerPage.AlreadyAnsweredLead"));

    public static ContentHttpResult Expired(string language, DateTimeOffset expiredAt) =>
        Plain(language, StatusCodes.Status410Gone, "AnswerPage.ExpiredTitle", NotificationTexts.Get(language, "AnswerPage.ExpiredLead", expiredAt.UtcDateTime));

    public static ContentHttpResult NotFound(string language) =>
        Plain(language, StatusCodes.Status404NotFound, "AnswerPage.NotFoundTitle", NotificationTexts.Get(language, "AnswerPage.NotFoundLead"));

    public static ContentHttpResult Unavailable(string language) =>
        Plain(language, StatusCodes.Status503ServiceUnavailable, "AnswerPage.UnavailableTitle", NotificationTexts.Get(language, "AnswerPage.UnavailableLead"));

    private static ContentHttpResult Plain(string language, int status, string titleKey, string lead) =>
        Page(language, status, NotificationTexts.Get(language, titleKey), $"<p>{Encode(lead)}</p>");

    private static ContentHttpResult Page(string language, int status, string title, string body) => HtmlPage.Render(language, status, title, body);

    private static string Encode(string value) => HtmlPage.Encode(value);
}
