namespace NetworkingPlatform.Ingestion.Imports.GettingImport;

public sealed record SkippedRow(string File, int Line, string Reason);
