namespace NetworkingPlatform.Ingestion.Imports.GettingImport;

public sealed record SkippedRowsPage(int Page, int PageSize, long TotalItems, IReadOnlyList<SkippedRow> Items);
