namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>A file of an upload: its name as uploaded, what it is, its size, and a way to read it from the start.</summary>
public sealed record ExportEntry(string Name, ExportFileKind Kind, long Length, Func<Stream> Open);
