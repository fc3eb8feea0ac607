namespace NetworkingPlatform.Ingestion.Imports;

/// <summary>The last event of an import's stream.</summary>
public sealed record ImportFinished(string ImportId, string Member, bool Succeeded, long RowsRead, long RowsImported, long RowsSkipped, string? Failure);
