namespace NetworkingPlatform.Mailboxes.Connecting;

/// <param name="Member">Whose mailbox it is; a member signed in to the portal connects only their own (leave it out).</param>
/// <param name="Address">The member's address in it; the user name when that is an address.</param>
/// <param name="Port">993 for TLS, else 143, when left out.</param>
/// <param name="Tls">tls, starttls, auto (the default) or none (only for a server on this machine).</param>
/// <param name="Password">An app password; stored encrypted, never returned.</param>
/// <param name="Folders">The folders to sync; INBOX and the server's sent folder when left out.</param>
public sealed record ConnectMailboxRequest(
    string? Member,
    string? Address,
    string? Host,
    int? Port,
    string? Tls,
    string? UserName,
    string? Password,
    IReadOnlyList<string>? Folders);
