namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>Imports, of every tenant, not finished although a try of theirs already stopped without finishing.</summary>
public sealed class RetryingImportsCount(IDocumentStore store) : ILeftBehindCount
{
    public string Name => "networkingplatform.faults.retrying_imports";

    public string Unit => "{import}";

    public string Description => "Imports still queued or running after a try of theirs failed or was cut short by a restart.";

    public async Task<long> Count(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.Query<ImportJob>()
            .Where(job => job.AnyTenant()
                && (job.Status == ImportStatus.Queued || job.Status == ImportStatus.Running)
                && (job.LastError != null || job.Tries > 1))
            .CountAsync(cancellationToken);
    }
}
