namespace NetworkingPlatform.Ingestion.Imports;

/// <summary>An import of a member's LinkedIn export and its progress, updated as each chunk of rows is committed.</summary>
public sealed class ImportJob
{
    public required string Id { get; init; }
    public required string Member { get; init; }
    public required string FileName { get; init; }
    public string Status { get; set; } = ImportStatus.Queued;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public long RowsRead { get; set; }
    public long RowsImported { get; set; }
    public long RowsAlreadyImported { get; set; }
    public long RowsSkipped { get; set; }
    public List<ImportFileProgress> Files { get; set; } = [];
    public List<string> IgnoredFiles { get; set; } = [];
    public string? Failure { get; set; }

    /// <summary>Runs started, the one running included; an import that cannot finish fails after a bounded number.</summary>
    public int Tries { get; set; }

    /// <summary>Why the last try stopped, while the import waits for the next one.</summary>
    public string? LastError { get; set; }

    /// <summary>What the report must say beyond rows: files read as Windows-1252, a second file of a kind not imported.</summary>
    public List<string> Notices { get; set; } = [];

    /// <summary>Messages and invitations published for the import, over every run of it (a resumed run does not reset it).</summary>
    public long TrackedItems { get; set; }

    public ImportFileProgress File(string name, string kind)
    {
        var file = Files.Find(f => f.Name == name);
        if (file is null)
        {
            file = new ImportFileProgress { Name = name, Kind = kind };
            Files.Add(file);
        }

        return file;
    }

    public void Notice(string notice)
    {
        if (!Notices.Contains(notice))
        {
            Notices.Add(notice);
        }
    }

    public void Count(ImportFileProgress file, long imported, long alreadyImported, long skipped)
    {
        file.RowsImported += imported;
        file.RowsAlreadyImported += alreadyImported;
        file.RowsSkipped += skipped;
        file.RowsRead += imported + alreadyImported + skipped;
        RowsImported += imported;
        RowsAlreadyImported += alreadyImported;
        RowsSkipped += skipped;
        RowsRead += imported + alreadyImported + skipped;
    }
}
