namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>A row read into a value, or the reason it was skipped; either way, with its line.</summary>
public readonly record struct RowOutcome<T>(int Line, T? Value, string? SkipReason) where T : class
{
    public static RowOutcome<T> Read(int line, T value) => new(line, value, null);

    public static RowOutcome<T> Skip(int line, string reason) => new(line, null, reason);
}
