using Marten.Exceptions;
using NetworkingPlatform.ResponseTracking.Members;

namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>
/// Summarises an import once every message and invitation it published is recorded: how many conversations it brought,
/// and how many of the member's conversations wait on them and on others once it is in.
/// </summary>
public sealed class ImportSummaries(IDocumentStore store, ImportItemsTable items, TimeProvider clock)
{
    public async Task Await(ImportCompleted completed, CancellationToken cancellationToken)
    {
        var pending = new PendingImportSummary { Id = completed.ImportId, Completed = completed, ReceivedAt = clock.GetUtcNow() };
        await using (var session = store.LightweightSession(completed.TenantId))
        {
            session.Store(pending);
            await session.SaveChangesAsync(cancellationToken);
        }

        await TryComplete(completed.TenantId, pending, cancellationToken);
    }

    /// <returns>Whether the import is summarised (now, or by someone before).</returns>
    public async Task<bool> TryComplete(string tenantId, PendingImportSummary pending, CancellationToken cancellationToken)
    {
        var completed = pending.Completed;
        if (await items.Count(tenantId, completed.ImportId, cancellationToken) < completed.TrackedItems)
        {
            return false;
        }

        await using var session = store.LightweightSession(tenantId);
        var member = completed.Member;
        var waitingOnMember = await session.Query<MemberConversation>()
            .CountAsync(c => c.Member == member && c.WaitingOnMemberSince != null, cancellationToken);
        var waitingOnOthers = await session.Query<MemberConversation>()
            .CountAsync(c => c.Member == member && c.WaitingOnOthersSince != null, cancellationToken);
        session.Events.StartStream(ImportRecorded.StreamIdOf(completed.ImportId), new ImportRecorded(
            completed.ImportId, member, completed.Succeeded, completed.Failure, completed.RowsRead, completed.RowsImported,
            completed.RowsSkipped, completed.Conversations, waitingOnMember, waitingOnOthers));
        session.Delete(pending);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ExistingStreamIdCollisionException)
        {
            // Summarised already, by another replica or an earlier delivery: only the leftover pending document goes.
            await using var cleanup = store.LightweightSession(tenantId);
            cleanup.Delete(pending);
            await cleanup.SaveChangesAsync(cancellationToken);
        }

        await items.Forget(tenantId, completed.ImportId, cancellationToken);
        return true;
    }
}
