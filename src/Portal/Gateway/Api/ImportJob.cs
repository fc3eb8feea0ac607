namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>Ingestion's import of a LinkedIn export: progress while it runs, the report when done.</summary>
public sealed record ImportJob(
    string Id,
    string Member,
    string FileName,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    long RowsRead,
    long RowsImported,
    long RowsAlreadyImported,
    long RowsSkipped,
    IReadOnlyList<ImportFile> Files,
    IReadOnlyList<string> IgnoredFiles,
    string? Failure,
    IReadOnlyList<string>? Notices)
{
    public bool Finished => Status is "completed" or "failed" or "cancelled";
}
