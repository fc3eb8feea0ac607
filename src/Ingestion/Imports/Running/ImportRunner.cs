using Marten;
using Microsoft.Extensions.Options;
using Npgsql;
using NetworkingPlatform.Ingestion.Connections;
using NetworkingPlatform.Ingestion.Imports.LinkedInExport;
using NetworkingPlatform.Ingestion.Intake;
using NetworkingPlatform.Ingestion.Profiles;

namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>
/// Reads an upload file by file, row by row, and commits rows in chunks: each chunk's new messages, invitations and
/// connections, its skipped rows and the job's progress in one transaction. Nothing is loaded whole, so memory stays
/// flat whatever the export's size, and a rerun after a crash takes only what was not taken.
/// </summary>
public sealed class ImportRunner(NpgsqlDataSource dataSource, IDocumentStore store, TimeProvider time, IOptions<ImportOptions> options)
{
    public async Task Run(ImportWork work, CancellationToken cancellationToken)
    {
        ImportJob? job;
        await using (var session = store.QuerySession(work.TenantId))
        {
            job = await session.LoadAsync<ImportJob>(work.ImportId, cancellationToken);
        }

        if (job is null || job.Status is ImportStatus.Completed or ImportStatus.Failed)
        {
            return;
        }

        var run = new ImportRun(work, Restart(job), dataSource, store, options.Value.RowsPerCommit);
        string? failure = null;
        try
        {
            using var upload = ExportUpload.Open(work.UploadPath, job.FileName, options.Value.MaxFileBytes);
            job.IgnoredFiles = [.. upload.Ignored];
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
            failure = exception.Message;
        }

        await Finish(work, job, failure, run.Conversations, cancellationToken);
    }

    private ImportJob Restart(ImportJob job)
    {
        // A resumed import counts again from the start; rows taken before now count as already imported.
        job.Status = ImportStatus.Running;
        job.StartedAt = time.GetUtcNow();
        job.RowsRead = job.RowsImported = job.RowsAlreadyImported = job.RowsSkipped = 0;
        job.Files = [];
        return job;
    }

    private async Task Finish(ImportWork work, ImportJob job, string? failure, int conversations, CancellationToken cancellationToken)
    {
        job.Status = failure is null ? ImportStatus.Completed : ImportStatus.Failed;
        job.Failure = failure;
        job.FinishedAt = time.GetUtcNow();
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, work.TenantId, cancellationToken);
        transaction.Session.Events.Append(ImportRun.StreamIdOf(job.Id), new ImportFinished(
            job.Id, job.Member, failure is null, job.RowsRead, job.RowsImported, job.RowsSkipped, failure, job.TrackedItems, conversations));
        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
    }
}
