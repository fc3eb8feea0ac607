namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// A file of an upload: its name as uploaded, what it is, its size, the CRC-32 its archive records for it (none for a
/// file uploaded on its own), and a way to read it from the start.
/// </summary>
public sealed record ExportEntry(string Name, ExportFileKind Kind, long Length, uint? Crc32, Func<Stream> Open);
