namespace NetworkingPlatform.Mailboxes.Email;

/// <summary>
/// What the platform needs of one email: its ids and thread clues, who wrote to whom and when, and the new text the
/// sender wrote (quoted history and signature removed). <see cref="NotTracked"/> names why it is no conversation, if so.
/// </summary>
public sealed record ReadEmail(
    uint Uid,
    string? MessageId,
    string? InReplyTo,
    IReadOnlyList<string> References,
    MailboxAddress? From,
    IReadOnlyList<MailboxAddress> To,
    IReadOnlyList<MailboxAddress> Cc,
    DateTimeOffset SentAt,
    string Subject,
    string Text,
    string? NotTracked,
    string Fingerprint);
