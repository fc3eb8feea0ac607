namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>
/// Every write of an import's job — each chunk's progress, the end of a try, a cancellation — first takes this lock in
/// its transaction and reads the job as stored. So a cancellation is never overwritten by a chunk that was already
/// being committed: the chunk either commits before it, or sees it and rolls back.
/// </summary>
public static class ImportJobLock
{
    /// <returns>The job as stored once the lock is held, or null if there is none.</returns>
    public static async Task<ImportJob?> Take(IDocumentSession session, string importId, CancellationToken cancellationToken)
    {
        await session.QueryAsync<int>("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", cancellationToken, $"ingestion-import:{session.TenantId}:{importId}");
        return await session.LoadAsync<ImportJob>(importId, cancellationToken);
    }

    /// <exception cref="ImportCancelledException">The import was cancelled since it started.</exception>
    public static async Task ThrowIfCancelled(IDocumentSession session, string importId, CancellationToken cancellationToken)
    {
        if (await Take(session, importId, cancellationToken) is { Status: ImportStatus.Cancelled })
        {
            throw new ImportCancelledException(importId);
        }
    }
}
