namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>One data row of a sheet, its cells by header name (compared without case), with the line it starts on.</summary>
public sealed class SheetRow(IReadOnlyDictionary<string, int> columns, string[] cells, int line)
{
    public int Line { get; } = line;

    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The trimmed cell, or null when the column is absent or the cell is empty.</summary>
    public string? Get(string column) =>
        columns.TryGetValue(column, out var index) && index < cells.Length && cells[index].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The cell as written, keeping inner line breaks, or null when absent or blank.</summary>
    public string? GetText(string column) =>
        columns.TryGetValue(column, out var index) && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index] : null;
}
