namespace NetworkingPlatform.Mailboxes.Email;

/// <summary>
/// Mail that is no conversation between people: counted and reported, never tracked. Auto-replies (RFC 3834
/// <c>Auto-Submitted</c>, the headers Exchange and others add, out-of-office subjects), mailing lists and newsletters
/// (RFC 2369/2919 <c>List-*</c>, <c>Precedence: bulk</c>), and senders nobody can answer (no-reply, mailer daemons).
/// </summary>
public static partial class NotTrackedReasons
{
    public const string AutoReply = "auto-reply";
    public const string List = "list";
    public const string NoReply = "no-reply";

    public static string? Of(MimeMessage message, MailboxAddress? from)
    {
        var headers = message.Headers;
        if (headers[HeaderId.AutoSubmitted] is { } autoSubmitted && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase)
            || headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond")
            || headers["X-Auto-Response-Suppress"] is { } suppress && suppress.Contains("All", StringComparison.OrdinalIgnoreCase) && AutoReplySubject().IsMatch(message.Subject ?? string.Empty)
            || headers[HeaderId.Precedence] is { } autoPrecedence && autoPrecedence.Trim().Equals("auto_reply", StringComparison.OrdinalIgnoreCase)
            || AutoReplySubject().IsMatch(message.Subject ?? string.Empty))
        {
            return AutoReply;
        }

        if (headers.Contains(HeaderId.ListId) || headers.Contains(HeaderId.ListUnsubscribe) || headers.Contains("List-Post")
            || headers[HeaderId.Precedence] is { } precedence && precedence.Trim().ToLowerInvariant() is "bulk" or "list" or "junk")
        {
            return List;
        }

        return from is null || NoReplySender().IsMatch(from.LocalPart) ? NoReply : null;
    }

    [GeneratedRegex(@"^\s*(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|respuesta autom[aá]tica|fuera de (la )?oficina|ausencia|autoreply)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AutoReplySubject();

    [GeneratedRegex(@"^(.*[._+-])?(no[._-]?reply|do[._-]?not[._-]?reply|no[._-]?responder|mailer[._-]?daemon|postmaster|bounces?)([._+-].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoReplySender();
}
