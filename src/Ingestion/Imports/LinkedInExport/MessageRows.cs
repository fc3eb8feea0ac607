using System.IO.Hashing;
using NetworkingPlatform.Ingestion.Classification;
using NetworkingPlatform.Ingestion.Messages;
using NetworkingPlatform.Ingestion.Messages.IngestingMessage;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// A row of messages.csv as a message. LinkedIn gives messages no id, so the id is derived from what identifies
/// the message (conversation, sender, time, text): importing the same export again finds the same ids.
/// </summary>
public static class MessageRows
{
    public const string ConversationId = "CONVERSATION ID";
    public const string From = "FROM";
    public const string SenderProfileUrl = "SENDER PROFILE URL";
    public const string RecipientProfileUrls = "RECIPIENT PROFILE URLS";
    public const string Date = "DATE";
    public const string Subject = "SUBJECT";
    public const string Content = "CONTENT";
    public const string Folder = "FOLDER";
    public const string IsMessageDraft = "IS MESSAGE DRAFT";

    public static readonly IReadOnlyList<string> RequiredColumns = [ConversationId, From, SenderProfileUrl, RecipientProfileUrls, Date, Content];

    /// <param name="now">When the import runs: a message dated more than a day after it is refused (<see cref="PlausibleDate"/>).</param>
    public static RowOutcome<MessageAccepted> Read(SheetRow row, DateTimeOffset now)
    {
        if (IsYes(row.Get(IsMessageDraft)))
        {
            return Skip(row, "A draft, never sent: not a message.");
        }

        if (string.Equals(row.Get(Folder), "SPAM", StringComparison.OrdinalIgnoreCase))
        {
            return Skip(row, "In the SPAM folder: not a conversation to track.");
        }

        if (row.Get(ConversationId) is not { } conversationId)
        {
            return Skip(row, $"{ConversationId} is empty.");
        }

        if (!ProfileUrl.TrySlug(row.Get(SenderProfileUrl), out var sender))
        {
            return Skip(row, row.Get(SenderProfileUrl) is null
                ? $"Unknown sender '{row.Get(From)}': {SenderProfileUrl} is empty (sponsored messages have none)."
                : $"Unknown sender: '{row.Get(SenderProfileUrl)}' is not a LinkedIn profile URL (/in/<name>) with a valid name.");
        }

        var recipients = new List<string>();
        foreach (var url in (row.Get(RecipientProfileUrls) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ProfileUrl.TrySlug(url, out var recipient))
            {
                return Skip(row, $"Unknown recipient: '{url}' is not a LinkedIn profile URL (/in/<name>) with a valid name.");
            }

            recipients.Add(recipient);
        }

        recipients.Remove(sender);
        if (recipients.Count == 0)
        {
            return Skip(row, $"Unknown recipient: {RecipientProfileUrls} names nobody but the sender.");
        }

        if (!LinkedInDates.TryMessageDate(row.Get(Date), out var sentAt))
        {
            return Skip(row, $"Invalid {Date} '{row.Get(Date)}': expected like 2025-06-01 14:03:22 UTC.");
        }

        if (PlausibleDate.Problem(sentAt, now) is { } implausible)
        {
            return Skip(row, $"Invalid {Date}: {implausible}");
        }

        var body = row.GetText(Content) ?? string.Empty;
        if (body.Length > IngestMessageValidator.MaxBodyLength)
        {
            return Skip(row, $"{Content} is longer than {IngestMessageValidator.MaxBodyLength:N0} characters.");
        }

        var subject = row.Get(Subject);
        if (subject is { Length: > IngestMessageValidator.MaxSubjectLength })
        {
            return Skip(row, $"{Subject} is longer than {IngestMessageValidator.MaxSubjectLength} characters.");
        }

        var classification = MessageClassifier.Classify(subject, body);
        var message = new MessageAccepted(
            conversationId,
            MessageIdOf(conversationId, sender, sentAt, body),
            sender,
            [.. recipients.Distinct(StringComparer.Ordinal)],
            sentAt,
            subject,
            body,
            classification.Kind,
            classification.NeedsReply,
            "linkedin",
            null);
        return RowOutcome<MessageAccepted>.Read(row.Line, message);
    }

    private static string MessageIdOf(string conversationId, string sender, DateTimeOffset sentAt, string body)
    {
        // A fast non-cryptographic hash is enough: the id only has to be stable and, within one tenant, unique.
        var identity = Encoding.UTF8.GetBytes($"{conversationId}\n{sender}\n{sentAt.UtcTicks}\n{body}");
        return $"li-{Convert.ToHexStringLower(XxHash128.Hash(identity))}";
    }

    private static bool IsYes(string? value) =>
        value is not null && (value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static RowOutcome<MessageAccepted> Skip(SheetRow row, string reason) => RowOutcome<MessageAccepted>.Skip(row.Line, reason);
}
