namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>The settings the member gives to connect a mailbox (POST /api/v1/mailboxes); no folders means INBOX and the sent folder.</summary>
public sealed record MailboxConnection(
    string Host, int? Port, string Tls, string UserName, string Password, string? Address, IReadOnlyList<string>? Folders);
