namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>
/// Summarises the finished imports whose last messages were still being recorded when Ingestion said they were done.
/// Looks every <see cref="IntervalSetting"/> (1 s); replicas may look at the same one, and only one summary is written.
/// </summary>
public sealed class ImportSummaryScanner(IServiceScopeFactory scopes, IDocumentStore store, TimeProvider clock, IConfiguration configuration,
    ILogger<ImportSummaryScanner> logger) : BackgroundService
{
    public const string IntervalSetting = "ResponseTracking:ImportSummaryScanInterval";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue(IntervalSetting, TimeSpan.FromSeconds(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanOnce(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Summarising finished imports failed; the next scan retries.");
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    private async Task ScanOnce(CancellationToken cancellationToken)
    {
        IReadOnlyList<PendingImportSummary> pending;
        await using (var query = store.QuerySession())
        {
            pending = await query.Query<PendingImportSummary>().Where(p => p.AnyTenant()).Take(100).ToListAsync(cancellationToken);
        }

        if (pending.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var summaries = scope.ServiceProvider.GetRequiredService<ImportSummaries>();
        foreach (var summary in pending)
        {
            await summaries.TryComplete(summary.TenantId!, summary, cancellationToken);
        }
    }
}
