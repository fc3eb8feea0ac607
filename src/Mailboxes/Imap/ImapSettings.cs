namespace NetworkingPlatform.Mailboxes.Imap;

/// <summary>Where a mailbox is and how to log in to it; the password in clear, only in memory and only while connecting.</summary>
public sealed record ImapSettings(string Host, int Port, string Tls, string UserName, string Password)
{
    public override string ToString() => $"{UserName}@{Host}:{Port} ({Tls})";
}
