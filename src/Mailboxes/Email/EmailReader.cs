namespace NetworkingPlatform.Mailboxes.Email;

/// <summary>Reads what the platform needs from a parsed message (see <see cref="ReadEmail"/>).</summary>
public static class EmailReader
{
    public static ReadEmail Read(uint uid, MimeMessage message, DateTimeOffset deliveredAt)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var body = message.TextBody ?? (message.HtmlBody is { } html ? HtmlText.From(html) : string.Empty);
        var text = ReplyText.Strip(body);
        // A Date header missing or absurd (before 1990) is replaced by when the server received the message.
        var sentAt = message.Date.Year >= 1990 ? message.Date.ToUniversalTime() : deliveredAt.ToUniversalTime();
        var subject = (message.Subject ?? string.Empty).Trim();
        return new ReadEmail(
            uid,
            Clean(message.MessageId),
            Clean(message.InReplyTo),
            [.. message.References.Select(Clean).OfType<string>()],
            from,
            [.. message.To.Mailboxes],
            [.. message.Cc.Mailboxes],
            sentAt,
            subject,
            text,
            NotTrackedReasons.Of(message, from),
            Fingerprint(from, sentAt, subject, text));
    }

    private static string? Clean(string? messageId) => string.IsNullOrWhiteSpace(messageId) ? null : messageId.Trim().Trim('<', '>');

    /// <summary>Stands for a Message-ID a message lacks: the same email read twice gives the same fingerprint.</summary>
    private static string Fingerprint(MailboxAddress? from, DateTimeOffset sentAt, string subject, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{from?.Address?.ToLowerInvariant()}\n{sentAt:O}\n{subject}\n{text}")));
}
