using System.IO.Compression;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// An upload as LinkedIn delivers it — a ZIP of CSV files (Basic_… or Complete_…) — or a single CSV file, recognised
/// by name or, failing that, by its header. Opening checks what can be checked at once: a readable archive, known
/// files, sizes within limits.
/// </summary>
public sealed class ExportUpload : IDisposable
{
    private readonly IDisposable? archive;

    private ExportUpload(IReadOnlyList<ExportEntry> entries, IReadOnlyList<string> ignored, IDisposable? archive)
    {
        Entries = entries;
        Ignored = ignored;
        this.archive = archive;
    }

    public IReadOnlyList<ExportEntry> Entries { get; }

    /// <summary>Files in the archive that are not part of what the platform imports (e.g. Ad_Targeting.csv).</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <exception cref="ExportUploadException">The upload cannot be imported at all; the message says why.</exception>
    public static ExportUpload Open(string path, string fileName, long maxFileBytes)
    {
        var stream = File.OpenRead(path);
        try
        {
            var head = new byte[8192];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            if (length >= 4 && head[0] == 'P' && head[1] == 'K')
            {
                return OpenArchive(stream, maxFileBytes);
            }

            if (length > 0 && Array.IndexOf(head, (byte)0, 0, length) >= 0)
            {
                throw new ExportUploadException(ExportUploadProblem.Unsupported, $"'{fileName}' is neither a ZIP archive nor a CSV file (it holds binary data).");
            }

            var kind = ExportFileNames.KindOf(fileName) is var named and not ExportFileKind.Unknown ? named : KindFromHeader(head.AsSpan(0, length));
            if (kind == ExportFileKind.Unknown)
            {
                throw new ExportUploadException(ExportUploadProblem.Unprocessable,
                    $"'{fileName}' is not a file of a LinkedIn export: expected messages.csv, Invitations.csv, Connections.csv, Profile.csv, Positions.csv, Skills.csv or Languages.csv.");
            }

            stream.Dispose();
            return new ExportUpload([new ExportEntry(fileName, kind, new FileInfo(path).Length, () => File.OpenRead(path))], [], null);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose() => archive?.Dispose();

    private static ExportUpload OpenArchive(Stream stream, long maxFileBytes)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException exception)
        {
            throw new ExportUploadException(ExportUploadProblem.Unprocessable, $"The ZIP archive is corrupt or incomplete: {exception.Message}");
        }

        try
        {
            var entries = new List<ExportEntry>();
            var ignored = new List<string>();
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var kind = ExportFileNames.KindOf(entry.FullName);
                if (kind == ExportFileKind.Unknown)
                {
                    ignored.Add(entry.FullName);
                    continue;
                }

                if (entry.Length > maxFileBytes)
                {
                    throw new ExportUploadException(ExportUploadProblem.TooLarge,
                        $"'{entry.FullName}' unpacks to {entry.Length:N0} bytes; at most {maxFileBytes:N0} bytes a file are imported.");
                }

                // ZipArchive in read mode allows one open entry at a time; files are read one after another.
                entries.Add(new ExportEntry(entry.FullName, kind, entry.Length, entry.Open));
            }

            if (entries.Count == 0)
            {
                throw new ExportUploadException(ExportUploadProblem.Unprocessable,
                    $"The archive holds none of the files the platform imports (messages.csv, Invitations.csv, Connections.csv, Profile.csv, Positions.csv, Skills.csv, Languages.csv); it holds: {string.Join(", ", ignored.Take(20))}.");
            }

            return new ExportUpload(entries, ignored, zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static ExportFileKind KindFromHeader(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head);
        bool Names(IReadOnlyList<string> columns) => columns.All(c => text.Contains(c, StringComparison.OrdinalIgnoreCase));
        if (Names(MessageRows.RequiredColumns)) return ExportFileKind.Messages;
        if (Names(InvitationRows.RequiredColumns)) return ExportFileKind.Invitations;
        if (Names(ConnectionRows.RequiredColumns)) return ExportFileKind.Connections;
        return ExportFileKind.Unknown;
    }
}
