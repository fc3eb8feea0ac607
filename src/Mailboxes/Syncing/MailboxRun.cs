using NetworkingPlatform.Mailboxes.Imap;

namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// One mailbox being synced on this replica: its settings, its password in memory, and its <see cref="SyncState"/>,
/// which the folders' loops change one at a time and store after each change.
/// </summary>
public sealed class MailboxRun(IDocumentStore store, Mailbox mailbox, ImapSettings settings, SyncState state)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, TaskCompletionSource> firstSyncs = mailbox.Folders.ToDictionary(
        folder => folder.Name,
        folder => state.Folder(folder.Name).FirstSyncDone ? Done() : new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
        StringComparer.Ordinal);

    public Mailbox Mailbox => mailbox;

    public ImapSettings Settings => settings;

    /// <summary>
    /// The first sync takes the folders one after another in the mailbox's order (INBOX, then sent): a reply matched
    /// only by its subject joins the email it answers when that was read before it, which folders read side by side
    /// would leave to chance.
    /// </summary>
    public Task FirstSyncTurn(MailboxFolder folder, CancellationToken cancellationToken) =>
        Task.WhenAll(mailbox.Folders.TakeWhile(f => f.Name != folder.Name).Select(f => firstSyncs[f.Name].Task)).WaitAsync(cancellationToken);

    public void FirstSyncDone(MailboxFolder folder) => firstSyncs[folder.Name].TrySetResult();

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

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
