using NetworkingPlatform.Ingestion.Imports.LinkedInExport;
using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>
/// Runs one try of an import: reads the upload file by file, row by row, and commits rows in chunks: each chunk's new
/// messages, invitations and connections, its skipped rows and the job's progress in one transaction. Nothing is
/// loaded whole, so memory stays flat whatever the export's size, and a later try takes only what was not taken.
/// An upload that cannot be read fails at once; any other fault is tried again, a bounded number of times.
/// </summary>
public sealed class ImportRunner(NpgsqlDataSource dataSource, IDocumentStore store, TimeProvider time, IOptions<ImportOptions> options, ILogger<ImportRunner> logger)
{
    /// <returns>When to try again, or null once the import is over (completed, failed, cancelled or unknown).</returns>
    public async Task<TimeSpan?> Run(ImportWork work, CancellationToken cancellationToken)
    {
        var job = await StartTry(work, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var run = new ImportRun(work, job, dataSource, store, options.Value.RowsPerCommit, time.GetUtcNow());
        try
        {
            using var upload = ExportUpload.Open(work.UploadPath, job.FileName, options.Value.MaxUnpackedBytes);
            job.IgnoredFiles = [.. upload.Ignored];
            foreach (var notice in upload.Notices)
            {
                job.Notice(notice);
            }

            await run.LoadConnections(cancellationToken);
            foreach (var kind in ExportFileNames.ReadingOrder)
            {
                foreach (var entry in upload.Entries.Where(e => e.Kind == kind))
                {
                    await run.ReadFile(entry, cancellationToken);
                }
            }

            await run.CommitProfile(cancellationToken);
        }
        catch (ExportUploadException exception)
        {
            await Finish(work, job, exception.Message, run.Conversations, cancellationToken);
            return null;
        }
        catch (InvalidDataException exception)
        {
            // The archive was damaged after it was checked at upload: reading it again cannot help.
            await Finish(work, job, $"The upload is damaged and cannot be read: {exception.Message}", run.Conversations, cancellationToken);
            return null;
        }
        catch (ImportCancelledException)
        {
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Import {ImportId} of tenant {TenantId} stopped in try {Try} of {MaxTries}.", job.Id, work.TenantId, job.Tries, options.Value.MaxTries);
            return await EndTry(work, job.Id, exception.Message, cancellationToken);
        }

        await Finish(work, job, null, run.Conversations, cancellationToken);
        return null;
    }

    /// <summary>Counts the try and marks the import running; null when it is over, or has had all its tries.</summary>
    private async Task<ImportJob?> StartTry(ImportWork work, CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        var job = await ImportJobLock.Take(transaction.Session, work.ImportId, cancellationToken);
        if (job is null || ImportStatus.IsFinished(job.Status))
        {
            return null;
        }

        if (job.Tries >= options.Value.MaxTries)
        {
            // Each try ended by a crash or a restart: nothing recorded why but the count.
            Fail(job, $"The import stopped {job.Tries} times without finishing; the last time: {job.LastError ?? "the service stopped while running it"}.");
            await Store(transaction, job, cancellationToken);
            return null;
        }

        job.Tries++;
        job.Status = ImportStatus.Running;
        job.StartedAt ??= time.GetUtcNow();
        ForgetProfileFiles(job);
        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
        return job;
    }

    private async Task<TimeSpan?> EndTry(ImportWork work, string importId, string error, CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        var job = await ImportJobLock.Take(transaction.Session, importId, cancellationToken);
        if (job is null || ImportStatus.IsFinished(job.Status))
        {
            return null;
        }

        job.LastError = error;
        if (job.Tries >= options.Value.MaxTries)
        {
            Fail(job, $"The import stopped {job.Tries} times without finishing; the last time: {error}");
            await Store(transaction, job, cancellationToken);
            return null;
        }

        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
        return options.Value.RetryDelayAfter(job.Tries);
    }

    /// <summary>
    /// Profile files are gathered whole and committed at the end, so a try that stopped before then left nothing of them
    /// counted but skipped rows: they are read again from the start and counted again.
    /// </summary>
    private static void ForgetProfileFiles(ImportJob job)
    {
        foreach (var file in job.Files.Where(f => Enum.TryParse<ExportFileKind>(f.Kind, out var kind) && ImportRun.IsProfileFile(kind)).ToList())
        {
            job.RowsRead -= file.RowsRead;
            job.RowsImported -= file.RowsImported;
            job.RowsAlreadyImported -= file.RowsAlreadyImported;
            job.RowsSkipped -= file.RowsSkipped;
            job.Files.Remove(file);
        }
    }

    private async Task Finish(ImportWork work, ImportJob job, string? failure, int conversations, CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        if (await ImportJobLock.Take(transaction.Session, job.Id, cancellationToken) is not { Status: ImportStatus.Running })
        {
            return;
        }

        if (failure is null)
        {
            job.Status = ImportStatus.Completed;
            job.FinishedAt = time.GetUtcNow();
            job.LastError = null;
        }
        else
        {
            Fail(job, failure);
        }

        await Store(transaction, job, cancellationToken, conversations);
    }

    private void Fail(ImportJob job, string failure)
    {
        job.Status = ImportStatus.Failed;
        job.Failure = failure;
        job.FinishedAt = time.GetUtcNow();
    }

    /// <summary>
    /// Stores the finished job with the last event of its stream, which announces it. <paramref name="conversations"/>
    /// counts those this try read; a try that resumed after rows taken before counts fewer.
    /// </summary>
    private static async Task Store(IngestionTransaction transaction, ImportJob job, CancellationToken cancellationToken, int conversations = 0)
    {
        transaction.Session.Events.Append(ImportRun.StreamIdOf(job.Id), new ImportFinished(
            job.Id, job.Member, job.Status == ImportStatus.Completed, job.RowsRead, job.RowsImported, job.RowsSkipped, job.Failure,
            job.TrackedItems, conversations));
        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
    }
}
