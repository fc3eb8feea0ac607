namespace NetworkingPlatform.Ingestion.History;

/// <summary>Configuration section "Ingestion:History".</summary>
public sealed class HistoryOptions
{
    public const string Section = "Ingestion:History";

    /// <summary>A message sent longer ago than this when it arrives is history, however it came in.</summary>
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromHours(48);
}
