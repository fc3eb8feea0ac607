using NetworkingPlatform.Mailboxes.Syncing;

namespace NetworkingPlatform.Mailboxes;

/// <summary>A connected mailbox as the API shows it: its settings (never the password) and how its sync stands.</summary>
public sealed record MailboxView(
    string Id,
    string Member,
    string Address,
    string Host,
    int Port,
    string Tls,
    string UserName,
    IReadOnlyList<MailboxFolder> Folders,
    DateTimeOffset ConnectedAt,
    SyncView Sync)
{
    public static MailboxView From(Mailbox mailbox, SyncState? state) => new(
        mailbox.Id, mailbox.Member, mailbox.Address, mailbox.Host, mailbox.Port, mailbox.Tls, mailbox.UserName, mailbox.Folders, mailbox.ConnectedAt,
        SyncView.From(state));
}

/// <param name="Phase">first-sync, then live.</param>
/// <param name="FirstSync">The first sync's window and progress: messages found in the window and read so far.</param>
/// <param name="Taken">Emails taken into conversations; <paramref name="Duplicates"/> were taken before (from another folder or mailbox).</param>
/// <param name="NotTracked">Mail counted but not tracked: auto-replies, mailing lists and newsletters, no-reply senders, refused by Ingestion.</param>
/// <param name="Watching">idle or polling, once live.</param>
public sealed record SyncView(
    string Phase,
    FirstSyncView FirstSync,
    long Taken,
    long Duplicates,
    NotTrackedCounts NotTracked,
    string? LastRefusal,
    string? Watching,
    DateTimeOffset? LastSyncAt,
    SyncError? LastError)
{
    public static SyncView From(SyncState? state) => state is null
        ? new(SyncState.FirstSync, new FirstSyncView(null, null, 0, 0, null), 0, 0, new NotTrackedCounts(), null, null, null, null)
        : new(
            state.Phase,
            new FirstSyncView(state.FirstSyncFrom, state.FirstSyncFound, state.FirstSyncRead, Percent(state), state.FirstSyncCompletedAt),
            state.Taken,
            state.Duplicates,
            state.NotTracked,
            state.LastRefusal,
            state.Watching,
            state.LastSyncAt,
            state.LastError is { } error ? new SyncError(state.LastErrorCause, error, state.LastErrorAt) : null);

    private static int Percent(SyncState state) =>
        state.Phase == SyncState.Live ? 100
        : state.FirstSyncFound is { } found and > 0 ? Math.Min(99, (int)(100L * state.FirstSyncRead / found))
        : 0;
}

public sealed record FirstSyncView(DateTimeOffset? From, int? Found, int Read, int Percent, DateTimeOffset? CompletedAt);

/// <param name="Cause">authentication, tls, host or folder when known.</param>
public sealed record SyncError(string? Cause, string Message, DateTimeOffset? At);
