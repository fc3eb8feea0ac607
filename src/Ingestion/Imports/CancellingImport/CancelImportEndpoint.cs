using NetworkingPlatform.Ingestion.Imports.GettingImport;
using NetworkingPlatform.Ingestion.Imports.Running;
using NetworkingPlatform.Ingestion.Intake;

namespace NetworkingPlatform.Ingestion.Imports.CancellingImport;

/// <summary>
/// Cancels a queued or running import. Rows it committed before stay imported (they are already published); it takes
/// no more, and ends <c>cancelled</c>. Cancelling it again answers the same.
/// </summary>
public static class CancelImportEndpoint
{
    public static IEndpointRouteBuilder MapCancelImport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete("/api/v1/imports/{importId}", Handle)
            .WithName("CancelImport")
            .WithTags("Imports")
            .WithDescription("Cancelling again answers the same; a finished import is 409.")
            .WithSummary("Cancels a queued or running import: it takes no more rows and ends 'cancelled' (what it took stays). Answers the import.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Ok<ImportJob>, ProblemHttpResult>> Handle(
        string importId, PlatformCaller caller, NpgsqlDataSource dataSource, IDocumentStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await IngestionTransaction.Begin(dataSource, store, caller.TenantId, cancellationToken);
        var job = await ImportJobLock.Take(transaction.Session, importId, cancellationToken);
        switch (job?.Status)
        {
            case null:
                return GetImportEndpoint.NotFound(importId);
            case ImportStatus.Cancelled:
                return TypedResults.Ok(job);
            case ImportStatus.Completed or ImportStatus.Failed:
                return TypedResults.Problem(title: "The import has already finished.", detail: $"Import '{importId}' is {job.Status}; only a queued or running import can be cancelled.",
                    statusCode: StatusCodes.Status409Conflict);
        }

        job.Status = ImportStatus.Cancelled;
        job.FinishedAt = time.GetUtcNow();
        transaction.Session.Store(job);
        await transaction.Commit(cancellationToken);
        return TypedResults.Ok(job);
    }
}
