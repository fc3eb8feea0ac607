namespace NetworkingPlatform.Mailboxes;

/// <summary>
/// A member's connected IMAP mailbox. The app password is kept only as <see cref="ProtectedPassword"/>, encrypted with
/// the tenant's own Data Protection keys (<see cref="Secrets.MailboxPasswords"/>); it is never returned or logged.
/// </summary>
public sealed class Mailbox
{
    public string Id { get; set; } = string.Empty;

    /// <summary>Kept on the document too, so the sync worker, which looks across tenants, knows whose mailbox it is.</summary>
    public string TenantId { get; set; } = string.Empty;

    public string Member { get; set; } = string.Empty;

    /// <summary>The member's address in this mailbox: mail to it reaches the member, mail from it is the member's.</summary>
    public string Address { get; set; } = string.Empty;

    public string Host { get; set; } = string.Empty;
    public int Port { get; set; }
    public string Tls { get; set; } = TlsModes.Auto;
    public string UserName { get; set; } = string.Empty;
    public string ProtectedPassword { get; set; } = string.Empty;
    public List<MailboxFolder> Folders { get; set; } = [];
    public DateTimeOffset ConnectedAt { get; set; }
}
