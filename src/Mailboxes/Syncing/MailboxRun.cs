using Marten;
using NetworkingPlatform.Mailboxes.Imap;

namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// One mailbox being synced on this replica: its settings, its password in memory, and its <see cref="SyncState"/>,
/// which the folders' loops change one at a time and store after each change.
/// </summary>
public sealed class MailboxRun(IDocumentStore store, Mailbox mailbox, ImapSettings settings, SyncState state)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public Mailbox Mailbox => mailbox;

    public ImapSettings Settings => settings;

    public async Task<T> Read<T>(Func<SyncState, T> read, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return read(state);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task Change(Action<SyncState> change, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            change(state);
            await using var session = store.LightweightSession(mailbox.TenantId);
            session.Store(state);
            await session.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
