namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A mailbox the member connected (Mailboxes' view, never its password) and how its sync stands.</summary>
public sealed record ConnectedMailbox(
    string Id,
    string Address,
    string Host,
    int Port,
    string Tls,
    string UserName,
    IReadOnlyList<MailboxFolderInfo> Folders,
    DateTimeOffset ConnectedAt,
    MailboxSync Sync);
