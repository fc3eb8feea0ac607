using nietras.SeparatedValues;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// Reads one CSV file of an export as a stream of rows. LinkedIn puts notes above some headers, so the header is
/// the first row, within the first lines, that names every required column; columns are then found by name, in any
/// order, and missing optional ones read as empty. A byte-order mark is ignored.
/// </summary>
public sealed class CsvSheet : IDisposable
{
    public const int HeaderSearchRows = 20;
    public const int MaxRowCharacters = 1_000_000;

    private readonly SepReader reader;
    private readonly IReadOnlyList<string> requiredColumns;

    private CsvSheet(SepReader reader, IReadOnlyList<string> requiredColumns)
    {
        this.reader = reader;
        this.requiredColumns = requiredColumns;
    }

    /// <summary>The header's line, or 0 before it was found.</summary>
    public int HeaderLine { get; private set; }

    /// <summary>Required columns the header lacks; when not empty, every row is reported, none imported.</summary>
    public IReadOnlyList<string> MissingColumns { get; private set; } = [];

    public static CsvSheet Open(Stream stream, IReadOnlyList<string> requiredColumns) =>
        new(Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(stream), requiredColumns);

    /// <summary>Rows after the header; a row that cannot be read comes back as a problem with its line.</summary>
    public IEnumerable<SheetRowOrProblem> Rows()
    {
        Dictionary<string, int>? columns = null;
        var firstRowCells = Array.Empty<string>();
        var rowsBeforeHeader = 0;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.Span.Length > MaxRowCharacters)
            {
                yield return SheetRowOrProblem.Problem(line, $"The row is longer than {MaxRowCharacters:N0} characters.");
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            if (columns is null)
            {
                if (rowsBeforeHeader == 0)
                {
                    firstRowCells = cells;
                }

                if (LooksLikeHeader(cells))
                {
                    columns = ColumnsOf(cells);
                    HeaderLine = line;
                    MissingColumns = [.. requiredColumns.Where(c => !columns.ContainsKey(c))];
                    continue;
                }

                if (++rowsBeforeHeader < HeaderSearchRows)
                {
                    continue;
                }

                // No header: report against the columns the first row would have offered.
                MissingColumns = [.. requiredColumns.Except(firstRowCells.Select(Clean), StringComparer.OrdinalIgnoreCase)];
                yield return SheetRowOrProblem.Problem(1, $"No header row with the columns {string.Join(", ", requiredColumns)} in the first {HeaderSearchRows} rows.");
                yield break;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (MissingColumns.Count > 0)
            {
                yield return SheetRowOrProblem.Problem(line, $"The file lacks the required column(s) {string.Join(", ", MissingColumns)} (header on line {HeaderLine}).");
                continue;
            }

            yield return SheetRowOrProblem.Row(new SheetRow(columns, cells, line));
        }

        if (columns is null && rowsBeforeHeader > 0)
        {
            MissingColumns = [.. requiredColumns.Except(firstRowCells.Select(Clean), StringComparer.OrdinalIgnoreCase)];
            yield return SheetRowOrProblem.Problem(1, $"No header row with the columns {string.Join(", ", requiredColumns)}; missing: {string.Join(", ", MissingColumns)}.");
        }
    }

    public void Dispose() => reader.Dispose();

    /// <summary>Older exports lack some columns: a row naming most of the required ones is the header, and the rest are reported missing.</summary>
    private bool LooksLikeHeader(string[] cells)
    {
        var names = cells.Select(Clean).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = requiredColumns.Count(names.Contains);
        return named == requiredColumns.Count || (named >= 2 && named * 2 >= requiredColumns.Count);
    }

    private static Dictionary<string, int> ColumnsOf(string[] cells)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cells.Length; i++)
        {
            columns.TryAdd(Clean(cells[i]), i);
        }

        return columns;
    }

    private static string Clean(string cell) => cell.Trim().Trim('\uFEFF').Trim();
}
