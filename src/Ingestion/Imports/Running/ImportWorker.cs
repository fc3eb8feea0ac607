namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>
/// Runs imports one after another (they are CPU- and database-bound), resuming unfinished ones at start. A try that
/// stopped is tried again later, each time after a longer wait, until the import completes or fails for good.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, UploadStore uploads, ImportRunner runner, TimeProvider time, IOptions<ImportOptions> options, ILogger<ImportWorker> logger)
    : BackgroundService
{
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
                if (await runner.Run(work, stoppingToken) is { } retryAfter)
                {
                    _ = RequeueLater(work, retryAfter, stoppingToken);
                }
                else
                {
                    UploadStore.Delete(work);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Not even the try's end could be recorded (the database is away, say): the next try counts this one.
                var delay = options.Value.RetryDelay;
                logger.LogError(exception, "Import {ImportId} of tenant {TenantId} stopped; retrying in {Delay}.", work.ImportId, work.TenantId, delay);
                _ = RequeueLater(work, delay, stoppingToken);
            }
        }
    }

    private async Task RequeueLater(ImportWork work, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
            queue.Enqueue(work);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the manifest on disk brings the import back at the next start.
        }
    }
}
