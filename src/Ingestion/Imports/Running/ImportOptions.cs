namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>Configuration section "Ingestion:Imports".</summary>
public sealed class ImportOptions
{
    public const string Section = "Ingestion:Imports";

    /// <summary>Where uploads wait until imported; empty means a folder under the system's temp directory.</summary>
    public string UploadsDirectory { get; set; } = string.Empty;

    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>What the files an upload imports may unpack to, all together.</summary>
    public long MaxUnpackedBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Rows committed together: one transaction, one event, and one progress update each.</summary>
    public int RowsPerCommit { get; set; } = 1000;

    /// <summary>Runs an import gets (a restart of the service in the middle of one counts) before it fails for good.</summary>
    public int MaxTries { get; set; } = 5;

    /// <summary>The wait before the second try; it doubles for each try after it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RetryDelayAfter(int tries) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, RetryDelay.Ticks * (1L << Math.Clamp(tries - 1, 0, 20))));
}
