using MailKit.Search;
using NetworkingPlatform.Mailboxes.Email;
using NetworkingPlatform.Mailboxes.Imap;

namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// Keeps one folder of a mailbox in step: takes what its checkpoint has not seen yet (on the first sync, only what was
/// delivered inside the window, as history), then waits for new mail — IMAP IDLE where the server has it, polling
/// otherwise — and takes it as it comes. The checkpoint (UIDVALIDITY, last UID) moves only after Ingestion took a
/// batch, so a restart or a lost connection goes on where it stopped; a batch read twice is taken once by its ids.
/// </summary>
public sealed class FolderSync(ImapConnector connector, MailboxIntake intake, IOptions<MailboxOptions> options, TimeProvider clock, ILogger<FolderSync> logger)
{
    public async Task Run(MailboxRun run, MailboxFolder folder, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var client = await connector.Connect(run.Settings, cancellationToken);
                var imapFolder = await client.GetFolderAsync(folder.Name, cancellationToken);
                await imapFolder.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
                await Validate(run, folder, imapFolder, cancellationToken);
                delay = TimeSpan.FromSeconds(1);
                await Follow(run, folder, client, imapFolder, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                var failure = exception is ConnectionFailedException failed ? failed.Failure : null;
                logger.LogWarning(exception, "Syncing folder {Folder} of mailbox {MailboxId} failed; trying again in {Delay}", folder.Name, run.Mailbox.Id, delay);
                await run.Change(state =>
                {
                    state.LastError = failure?.Message ?? $"{exception.GetType().Name}: {exception.Message}";
                    state.LastErrorCause = failure?.Cause;
                    state.LastErrorAt = clock.GetUtcNow();
                }, cancellationToken);
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.MaxRetryDelay.Ticks));
            }
        }
    }

    /// <summary>A folder whose UIDVALIDITY changed was rebuilt by its server: its UIDs name other messages now, so it is read again from the start.</summary>
    private static Task Validate(MailboxRun run, MailboxFolder folder, IMailFolder imapFolder, CancellationToken cancellationToken) =>
        run.Change(state =>
        {
            var checkpoint = state.Folder(folder.Name);
            if (checkpoint.UidValidity != imapFolder.UidValidity)
            {
                checkpoint.UidValidity = imapFolder.UidValidity;
                checkpoint.LastUid = 0;
            }

            state.LastError = null;
            state.LastErrorCause = null;
        }, cancellationToken);

    private async Task Follow(MailboxRun run, MailboxFolder folder, ImapClient client, IMailFolder imapFolder, CancellationToken cancellationToken)
    {
        var changed = true;
        void OnChange(object? sender, EventArgs e) => changed = true;
        imapFolder.CountChanged += OnChange;
        try
        {
            var idle = client.Capabilities.HasFlag(ImapCapabilities.Idle);
            await run.Change(state => state.Watching = idle ? "idle" : "polling", cancellationToken);
            while (true)
            {
                if (changed)
                {
                    changed = false;
                    await CatchUp(run, folder, imapFolder, cancellationToken);
                    continue;
                }

                if (idle)
                {
                    using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    done.CancelAfter(options.Value.IdleFor);
                    void EndIdle(object? sender, EventArgs e) => done.Cancel();
                    imapFolder.CountChanged += EndIdle;
                    try
                    {
                        await client.IdleAsync(done.Token, cancellationToken);
                    }
                    finally
                    {
                        imapFolder.CountChanged -= EndIdle;
                    }
                }
                else
                {
                    await Task.Delay(options.Value.PollEvery, cancellationToken);
                    await client.NoOpAsync(cancellationToken);
                    changed = true;
                }
            }
        }
        finally
        {
            imapFolder.CountChanged -= OnChange;
        }
    }

    private async Task CatchUp(MailboxRun run, MailboxFolder folder, IMailFolder imapFolder, CancellationToken cancellationToken)
    {
        var (lastUid, firstSync, from, memberAddresses) = await run.Read(state =>
        {
            var checkpoint = state.Folder(folder.Name);
            return (checkpoint.LastUid, !checkpoint.FirstSyncDone, state.FirstSyncFrom, state.MemberAddresses.ToList());
        }, cancellationToken);
        if (firstSync)
        {
            await run.FirstSyncTurn(folder, cancellationToken);
            // Folders read before this one may have found more of the member's own addresses.
            memberAddresses = await run.Read(state => state.MemberAddresses.ToList(), cancellationToken);
        }

        var query = SearchQuery.Uids(new UniqueIdRange(new UniqueId(lastUid + 1), UniqueId.MaxValue));
        var uids = (await imapFolder.SearchAsync(firstSync ? query.And(SearchQuery.DeliveredAfter(from.UtcDateTime.AddDays(-1))) : query, cancellationToken))
            .Where(uid => uid.Id > lastUid)
            .OrderBy(uid => uid.Id)
            .ToList();
        if (firstSync)
        {
            await run.Change(state => state.Folder(folder.Name).Found ??= uids.Count, cancellationToken);
        }

        var chunks = uids.Chunk(options.Value.BatchSize).ToList();
        // The next chunk is read from the server while this one is taken into the platform: reading and taking each
        // wait on another process, so side by side a large folder takes about the longer of the two, not their sum.
        var next = chunks.Count > 0 ? Fetch(imapFolder, chunks[0], cancellationToken) : null;
        try
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                var emails = await next!;
                next = i + 1 < chunks.Count ? Fetch(imapFolder, chunks[i + 1], cancellationToken) : null;
                await Take(run, folder, chunks[i], emails, memberAddresses, firstSync, from, cancellationToken);
            }
        }
        finally
        {
            // Taking a chunk failed: the chunk being read is left to finish before the connection is dropped, and is
            // read again from the checkpoint.
            if (next is not null)
            {
                await Task.WhenAny(next);
            }
        }

        if (firstSync)
        {
            await run.Change(state =>
            {
                state.Folder(folder.Name).FirstSyncDone = true;
                state.LastSyncAt = clock.GetUtcNow();
                if (state.Phase == SyncState.Live)
                {
                    state.FirstSyncCompletedAt ??= clock.GetUtcNow();
                }
            }, cancellationToken);
            run.FirstSyncDone(folder);
        }
    }

    private async Task Take(MailboxRun run, MailboxFolder folder, UniqueId[] chunk, List<ReadEmail> emails, List<string> memberAddresses, bool firstSync,
        DateTimeOffset from, CancellationToken cancellationToken)
    {
        // SINCE has a day's resolution: the window's exact start is applied here.
        var inWindow = firstSync ? emails.Where(e => e.SentAt >= from).ToList() : emails;
        var result = await intake.Take(run.Mailbox, folder, inWindow, memberAddresses, firstSync, cancellationToken);
        memberAddresses.AddRange(result.NewMemberAddresses);
        await run.Change(state =>
        {
            var checkpoint = state.Folder(folder.Name);
            checkpoint.LastUid = Math.Max(checkpoint.LastUid, chunk[^1].Id);
            state.Taken += result.Taken;
            state.Duplicates += result.Duplicates;
            state.NotTracked.AutoReplies += result.NotTracked.AutoReplies;
            state.NotTracked.Lists += result.NotTracked.Lists;
            state.NotTracked.NoReply += result.NotTracked.NoReply;
            state.NotTracked.Refused += result.NotTracked.Refused;
            state.LastRefusal = result.LastRefusal ?? state.LastRefusal;
            state.MemberAddresses.AddRange(result.NewMemberAddresses.Except(state.MemberAddresses, StringComparer.Ordinal));
            state.LastSyncAt = clock.GetUtcNow();
            if (firstSync)
            {
                state.FirstSyncRead += chunk.Length;
            }
        }, cancellationToken);
    }

    private static async Task<List<ReadEmail>> Fetch(IMailFolder imapFolder, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        var emails = new List<ReadEmail>(uids.Count);
        await ((ImapFolder)imapFolder).GetStreamsAsync(uids, async (_, _, uid, stream, token) =>
        {
            var message = await MimeMessage.LoadAsync(stream, token);
            emails.Add(EmailReader.Read(uid.Id, message, DateTimeOffset.UtcNow));
        }, cancellationToken);
        return [.. emails.OrderBy(e => e.Uid)];
    }
}
