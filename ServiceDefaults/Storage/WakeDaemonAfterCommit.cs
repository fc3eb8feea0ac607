using Marten.Services;

namespace NetworkingPlatform.ServiceDefaults.Storage;

/// <summary>
/// Wakes the daemon after a session Marten committed itself appended events. A session enlisted in a transaction of the
/// service's own is not committed yet at this point: its owner calls <see cref="EventsCommittedWakeup.EventsCommitted"/> after its commit.
/// </summary>
internal sealed class WakeDaemonAfterCommit(EventsCommittedWakeup wakeup) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any())
        {
            wakeup.EventsCommitted();
        }

        return Task.CompletedTask;
    }
}
