using NetworkingPlatform.Mailboxes.Imap;
using NetworkingPlatform.Mailboxes.Secrets;

namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// Syncs every connected mailbox of every tenant that no other replica syncs (<see cref="MailboxLease"/>): one loop per
/// folder, started when a mailbox is connected, stopped when it is disconnected. Looks again every few seconds, so a
/// mailbox a dead replica held is taken over.
/// </summary>
public sealed class MailboxSyncWorker(
    IDocumentStore store,
    NpgsqlDataSource dataSource,
    MailboxPasswords passwords,
    FolderSync folders,
    SyncSignal signal,
    IOptions<MailboxOptions> options,
    TimeProvider clock,
    ILogger<MailboxSyncWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, Running> running = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await LookAround(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Looking for mailboxes to sync failed; looking again shortly");
                }

                await signal.Wait(options.Value.LookForMailboxesEvery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var run in running.Values)
            {
                await run.Stop();
            }
        }
    }

    private async Task LookAround(CancellationToken stoppingToken)
    {
        List<Mailbox> connected;
        await using (var session = store.QuerySession())
        {
            connected = [.. await session.Query<Mailbox>().Where(m => m.AnyTenant()).ToListAsync(stoppingToken)];
        }

        var wanted = connected.ToDictionary(Key, StringComparer.Ordinal);
        foreach (var (key, run) in running.ToList())
        {
            if (!wanted.ContainsKey(key) || run.Task.IsCompleted || !await run.Lease.StillHeld(stoppingToken))
            {
                await run.Stop();
                running.Remove(key);
                if (!wanted.ContainsKey(key))
                {
                    await Forget(run.Mailbox, stoppingToken);
                }
            }
        }

        foreach (var (key, mailbox) in wanted)
        {
            if (running.ContainsKey(key) || await MailboxLease.TryTake(dataSource, mailbox.TenantId, mailbox.Id, stoppingToken) is not { } lease)
            {
                continue;
            }

            try
            {
                running[key] = await Start(mailbox, lease, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Mailbox {MailboxId} of tenant {TenantId} could not be started", mailbox.Id, mailbox.TenantId);
                await lease.DisposeAsync();
            }
        }
    }

    private async Task<Running> Start(Mailbox mailbox, MailboxLease lease, CancellationToken stoppingToken)
    {
        SyncState state;
        await using (var session = store.QuerySession(mailbox.TenantId))
        {
            state = await session.LoadAsync<SyncState>(mailbox.Id, stoppingToken) ?? NewState(mailbox);
        }

        var settings = new Imap.ImapSettings(mailbox.Host, mailbox.Port, mailbox.Tls, mailbox.UserName,
            passwords.Unprotect(mailbox.TenantId, mailbox.Id, mailbox.ProtectedPassword));
        var run = new MailboxRun(store, mailbox, settings, state);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var task = Task.WhenAll(mailbox.Folders.Select(folder => Task.Run(() => folders.Run(run, folder, stop.Token), CancellationToken.None)));
        logger.LogInformation("Syncing mailbox {MailboxId} of tenant {TenantId} ({Folders})", mailbox.Id, mailbox.TenantId, string.Join(", ", mailbox.Folders.Select(f => f.Name)));
        return new Running(mailbox, lease, stop, task);
    }

    private SyncState NewState(Mailbox mailbox) => new()
    {
        Id = mailbox.Id,
        Member = mailbox.Member,
        FirstSyncFrom = clock.GetUtcNow() - options.Value.FirstSyncWindow,
        MemberAddresses = [People.AddressBook.Normalize(mailbox.Address)],
        Folders = [.. mailbox.Folders.Select(f => new FolderCheckpoint { Name = f.Name })],
    };

    /// <summary>A disconnected mailbox's state goes with it (a loop may have stored it once more while stopping).</summary>
    private async Task Forget(Mailbox mailbox, CancellationToken stoppingToken)
    {
        await using var session = store.LightweightSession(mailbox.TenantId);
        session.Delete<SyncState>(mailbox.Id);
        await session.SaveChangesAsync(stoppingToken);
        logger.LogInformation("Stopped syncing mailbox {MailboxId} of tenant {TenantId}: disconnected", mailbox.Id, mailbox.TenantId);
    }

    private static string Key(Mailbox mailbox) => $"{mailbox.TenantId}/{mailbox.Id}";

    private sealed record Running(Mailbox Mailbox, MailboxLease Lease, CancellationTokenSource Cancel, Task Task)
    {
        public async Task Stop()
        {
            await Cancel.CancelAsync();
            try
            {
                await Task;
            }
            catch (OperationCanceledException)
            {
            }

            Cancel.Dispose();
            await Lease.DisposeAsync();
        }
    }
}
