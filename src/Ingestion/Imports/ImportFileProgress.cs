namespace NetworkingPlatform.Ingestion.Imports;

public sealed class ImportFileProgress
{
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public long RowsRead { get; set; }
    public long RowsImported { get; set; }
    public long RowsAlreadyImported { get; set; }
    public long RowsSkipped { get; set; }
}
