namespace NetworkingPlatform.Mailboxes.Intake;

/// <summary>One email as Ingestion's batch API takes a message (its POST /api/v1/messages/batch), channel <c>email</c>.</summary>
public sealed record EmailMessage(
    string ConversationId,
    string MessageId,
    string From,
    IReadOnlyList<string> To,
    DateTimeOffset SentAt,
    string? Subject,
    string Body,
    string? InReplyTo,
    string? FromName,
    IReadOnlyList<string?> ToNames)
{
    public string Channel => "email";
}
