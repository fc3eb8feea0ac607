namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>Runs imports one after another (they are CPU- and database-bound), resuming unfinished ones at start.</summary>
public sealed class ImportWorker(ImportQueue queue, UploadStore uploads, ImportRunner runner, TimeProvider time, ILogger<ImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var unfinished in uploads.Unfinished())
        {
            queue.Enqueue(unfinished);
        }

        await foreach (var work in queue.ReadAll(stoppingToken))
        {
            using var claim = UploadStore.TryClaim(work);
            if (claim is null)
            {
                continue;
            }

            try
            {
                await runner.Run(work, stoppingToken);
                UploadStore.Delete(work);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The upload stays and the import runs again (rows already taken are not taken twice).
                logger.LogError(exception, "Import {ImportId} of tenant {TenantId} stopped; retrying in {Delay}.", work.ImportId, work.TenantId, RetryDelay);
                _ = RequeueLater(work, stoppingToken);
            }
        }
    }

    private async Task RequeueLater(ImportWork work, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(RetryDelay, time, stoppingToken);
            queue.Enqueue(work);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the manifest on disk brings the import back at the next start.
        }
    }
}
