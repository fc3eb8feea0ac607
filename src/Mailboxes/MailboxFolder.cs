namespace NetworkingPlatform.Mailboxes;

/// <summary>A folder a mailbox is synced from: <see cref="Role"/> is <c>inbox</c>, <c>sent</c> or <c>other</c>.</summary>
public sealed record MailboxFolder(string Name, string Role)
{
    public const string Inbox = "inbox";
    public const string Sent = "sent";
    public const string Other = "other";

    public bool IsSent => Role == Sent;
}
