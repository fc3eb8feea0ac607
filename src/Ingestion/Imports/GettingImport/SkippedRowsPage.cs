namespace NetworkingPlatform.Ingestion.Imports.GettingImport;

/// <summary>One page of an import's skipped rows, by the one paging convention.</summary>
public sealed record SkippedRowsPage(IReadOnlyList<SkippedRow> Items, int Page, int PageSize, long Total)
{
    /// <summary>The total's earlier name, still answered for one release.</summary>
    public long TotalItems => Total;
}
