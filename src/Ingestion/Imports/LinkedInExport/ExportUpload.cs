using System.IO.Compression;

namespace NetworkingPlatform.Ingestion.Imports.LinkedInExport;

/// <summary>
/// An upload as LinkedIn delivers it — a ZIP of CSV files (Basic_… or Complete_…) — or a single CSV file, recognised
/// by name or, failing that, by its header. Opening checks what the archive's directory tells: a readable archive,
/// known files, one of each kind, their unpacked sizes within the limit; <see cref="Verify"/> reads them once.
/// </summary>
public sealed class ExportUpload : IDisposable
{
    private readonly IDisposable? archive;

    private ExportUpload(IReadOnlyList<ExportEntry> entries, IReadOnlyList<string> ignored, IReadOnlyList<string> notices, IDisposable? archive)
    {
        Entries = entries;
        Ignored = ignored;
        Notices = notices;
        this.archive = archive;
    }

    public IReadOnlyList<ExportEntry> Entries { get; }

    /// <summary>Files in the archive that are not part of what the platform imports (e.g. Ad_Targeting.csv).</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>What the import report says about the archive itself: a second file of a kind, which is not imported.</summary>
    public IReadOnlyList<string> Notices { get; }

    /// <exception cref="ExportUploadException">The upload cannot be imported at all; the message says why.</exception>
    public static ExportUpload Open(string path, string fileName, long maxUnpackedBytes)
    {
        var stream = File.OpenRead(path);
        try
        {
            var head = new byte[8192];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            if (length >= 4 && head[0] == 'P' && head[1] == 'K')
            {
                return OpenArchive(stream, maxUnpackedBytes);
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
            return new ExportUpload([new ExportEntry(fileName, kind, new FileInfo(path).Length, null, () => File.OpenRead(path))], [], [], null);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Unpacks every file to be imported once and compares it with the CRC-32 and size its archive records, so a
    /// damaged archive is refused at upload instead of failing halfway through its import.
    /// </summary>
    /// <exception cref="ExportUploadException">A file is damaged; the message names it.</exception>
    public void Verify()
    {
        var buffer = new byte[81920];
        foreach (var entry in Entries.Where(e => e.Crc32 is not null))
        {
            var crc = new System.IO.Hashing.Crc32();
            long unpacked = 0;
            try
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    crc.Append(buffer.AsSpan(0, read));
                    unpacked += read;
                }
            }
            catch (InvalidDataException exception)
            {
                throw Damaged(entry, exception.Message);
            }

            if (unpacked != entry.Length || crc.GetCurrentHashAsUInt32() != entry.Crc32)
            {
                throw Damaged(entry, "its content does not match the checksum the archive records for it");
            }
        }
    }

    public void Dispose() => archive?.Dispose();

    private static ExportUploadException Damaged(ExportEntry entry, string why) =>
        new(ExportUploadProblem.Unprocessable, $"The ZIP archive is damaged: '{entry.Name}' cannot be read ({why}). Download the export again from LinkedIn.");

    private static ExportUpload OpenArchive(Stream stream, long maxUnpackedBytes)
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
            var notices = new List<string>();
            long unpacked = 0;
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                var kind = ExportFileNames.KindOf(entry.FullName);
                if (kind == ExportFileKind.Unknown)
                {
                    ignored.Add(entry.FullName);
                    continue;
                }

                if (entries.Find(e => e.Kind == kind) is { } first)
                {
                    notices.Add($"'{entry.FullName}' is a second {ExportFileNames.NameOf(kind)} in the export: it was not imported, only '{first.Name}' was.");
                    continue;
                }

                unpacked += entry.Length;
                if (unpacked > maxUnpackedBytes)
                {
                    throw new ExportUploadException(ExportUploadProblem.TooLarge,
                        $"The export's files unpack to more than {maxUnpackedBytes:N0} bytes ('{entry.FullName}' alone to {entry.Length:N0}); at most {maxUnpackedBytes:N0} bytes an upload are imported.");
                }

                // ZipArchive in read mode allows one open entry at a time; files are read one after another.
                entries.Add(new ExportEntry(entry.FullName, kind, entry.Length, entry.Crc32, entry.Open));
            }

            if (entries.Count == 0)
            {
                throw new ExportUploadException(ExportUploadProblem.Unprocessable,
                    $"The archive holds none of the files the platform imports (messages.csv, Invitations.csv, Connections.csv, Profile.csv, Positions.csv, Skills.csv, Languages.csv); it holds: {string.Join(", ", ignored.Take(20))}.");
            }

            return new ExportUpload(entries, ignored, notices, zip);
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
