namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>Configuration section "Ingestion:Imports".</summary>
public sealed class ImportOptions
{
    public const string Section = "Ingestion:Imports";

    /// <summary>Where uploads wait until imported; empty means a folder under the system's temp directory.</summary>
    public string UploadsDirectory { get; set; } = string.Empty;

    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    public long MaxFileBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Rows committed together: one transaction, one event, and one progress update each.</summary>
    public int RowsPerCommit { get; set; } = 1000;
}
