namespace NetworkingPlatform.Ingestion.Imports.Running;

/// <summary>What reading a file found about its text, for the import's notices.</summary>
internal readonly record struct SheetReading(long BytesReadAsWindows1252, int RowsWithReplacementCharacter, int FirstLineWithReplacementCharacter);
