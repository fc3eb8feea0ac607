namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>How a mailbox's sync stands: its first sync (history), then live, with what it took and what it did not track.</summary>
public sealed record MailboxSync(
    string Phase,
    MailboxFirstSync FirstSync,
    long Taken,
    MailNotTracked NotTracked,
    string? Watching,
    MailboxSyncError? LastError)
{
    public bool IsFirstSync => Phase == "first-sync";
}
