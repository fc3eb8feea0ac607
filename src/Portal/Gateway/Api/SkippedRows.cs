namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record SkippedRows(int Page, int PageSize, long TotalItems, IReadOnlyList<SkippedRow> Items);
