using Marten.Pagination;
using NetworkingPlatform.ServiceDefaults.OpenApi;
using NetworkingPlatform.ServiceDefaults.Paging;

namespace NetworkingPlatform.Ingestion.Imports.GettingImport;

public static class GetImportEndpoint
{
    public const int MaxPageSize = 1000;
    private const int DefaultPageSize = 100;

    public static IEndpointRouteBuilder MapGetImport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/imports/{importId}", GetImport)
            .WithName("GetImport")
            .WithTags("Imports")
            .WithDescription("Rows read, imported, already imported and skipped, per file; notices about the upload; when done, the status completed, failed (with its last error) or cancelled.")
            .WithSummary("An import's progress while it runs, and its report when done.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/v1/imports/{importId}/skipped-rows", GetSkippedRows)
            .WithName("GetImportSkippedRows")
            .WithTags("Imports")
            .WithDescription("Ordered by file and line; page from 1, pageSize from 1 to 1,000 (default 100). totalItems is total's earlier name.")
            .WithSummary("The rows an import did not take, each with its file, line and reason, in pages.")
            .WithPageDefaults(DefaultPageSize)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<ImportJob>, ProblemHttpResult>> GetImport(string importId, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        return await session.LoadAsync<ImportJob>(importId, cancellationToken) is { } job
            ? TypedResults.Ok(job)
            : NotFound(importId);
    }

    private static async Task<Results<Ok<SkippedRowsPage>, ValidationProblem, ProblemHttpResult>> GetSkippedRows(string importId, [AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (page, pageSize) = paging.Resolve(errors, DefaultPageSize, MaxPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The page is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        if (await session.LoadAsync<ImportJob>(importId, cancellationToken) is null)
        {
            return NotFound(importId);
        }

        var rows = await session.Query<ImportSkippedRow>()
            .Where(r => r.ImportId == importId)
            .OrderBy(r => r.File).ThenBy(r => r.Line)
            .ToPagedListAsync(page, pageSize, cancellationToken);
        return TypedResults.Ok(new SkippedRowsPage([.. rows.Select(r => new SkippedRow(r.File, r.Line, r.Reason))], page, pageSize, rows.TotalItemCount));
    }

    /// <summary>No import of that id in the caller's tenant: another tenant's imports are indistinguishable from missing ones.</summary>
    public static ProblemHttpResult NotFound(string importId) =>
        TypedResults.Problem(title: "No such import.", detail: $"There is no import '{importId}' in this tenant.", statusCode: StatusCodes.Status404NotFound);
}
