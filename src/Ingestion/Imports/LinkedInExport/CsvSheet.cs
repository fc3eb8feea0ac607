using nietras.SeparatedValues;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// Reads one CSV file of an export as a stream of rows. LinkedIn puts notes above some headers, so the header is
/// the first row, within the first lines, that names every required column; columns are then found by name, in any
/// order, and missing optional ones read as empty. A byte-order mark is ignored. Text is UTF-8; bytes that are not
/// valid UTF-8 are read as Windows-1252 and counted, and so are rows that hold U+FFFD, so the report can say so.
/// </summary>
public sealed class CsvSheet : IDisposable
{
    public const int HeaderSearchRows = 20;
    public const int MaxRowCharacters = 1_000_000;

    private readonly SepReader reader;
    private readonly IReadOnlyList<string> requiredColumns;
    private readonly Windows1252Fallback fallback;

    private CsvSheet(SepReader reader, IReadOnlyList<string> requiredColumns, Windows1252Fallback fallback)
    {
        this.reader = reader;
        this.requiredColumns = requiredColumns;
        this.fallback = fallback;
    }

    /// <summary>Bytes read so far that were not valid UTF-8, decoded as Windows-1252.</summary>
    public long BytesReadAsWindows1252 => fallback.BytesDecoded;

    /// <summary>Rows read so far that hold U+FFFD, the mark of text lost before the upload, and the first of them.</summary>
    public int RowsWithReplacementCharacter { get; private set; }

    public int FirstLineWithReplacementCharacter { get; private set; }

    /// <summary>The header's line, or 0 before it was found.</summary>
    public int HeaderLine { get; private set; }

    /// <summary>Required columns the header lacks; when not empty, every row is reported, none imported.</summary>
    public IReadOnlyList<string> MissingColumns { get; private set; } = [];

    public static CsvSheet Open(Stream stream, IReadOnlyList<string> requiredColumns)
    {
        var (encoding, fallback) = Windows1252Fallback.Utf8WithFallback();
        // The encoding's own preamble is the UTF-8 byte-order mark, so the reader skips it and keeps the fallback.
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        return new CsvSheet(reader, requiredColumns, fallback);
    }

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

            if (row.Span.Contains('\uFFFD') && RowsWithReplacementCharacter++ == 0)
            {
                FirstLineWithReplacementCharacter = line;
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
