namespace NetworkingPlatform.Platform.Load;

/// <summary>How the load's LinkedIn import ended: its status, the rows it imported of every kind, the export's importable messages.</summary>
public sealed record ImportOutcome(string Status, long RowsImported, int ImportableMessages, TimeSpan Elapsed)
{
    public bool Completed => Status == "completed";

    public override string ToString() =>
        $"{Status}: {RowsImported:N0} rows imported (the export holds {ImportableMessages:N0} importable messages) in {Elapsed.TotalSeconds:F1} s";
}
