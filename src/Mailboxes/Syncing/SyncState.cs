namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// How a mailbox's sync stands (same id as the mailbox), written only by the replica syncing it: the first sync's
/// progress, what was taken and not tracked, each folder's checkpoint, the last error, the member's own addresses.
/// </summary>
public sealed class SyncState
{
    public const string FirstSync = "first-sync";
    public const string Live = "live";

    public string Id { get; set; } = string.Empty;
    public string Member { get; set; } = string.Empty;

    /// <summary>What the first sync reaches back to.</summary>
    public DateTimeOffset FirstSyncFrom { get; set; }

    public DateTimeOffset? FirstSyncCompletedAt { get; set; }

    /// <summary>Messages read in the first sync (taken, duplicates, not tracked, refused): progress against the folders' Found.</summary>
    public int FirstSyncRead { get; set; }

    public long Taken { get; set; }
    public long Duplicates { get; set; }
    public NotTrackedCounts NotTracked { get; set; } = new();
    public string? LastRefusal { get; set; }
    public List<FolderCheckpoint> Folders { get; set; } = [];

    /// <summary>The member's own addresses: the mailbox's, and every From of its sent folder.</summary>
    public List<string> MemberAddresses { get; set; } = [];

    /// <summary><c>idle</c> (the server tells of new mail at once) or <c>polling</c>, once live.</summary>
    public string? Watching { get; set; }

    public DateTimeOffset? LastSyncAt { get; set; }
    public string? LastError { get; set; }
    public string? LastErrorCause { get; set; }
    public DateTimeOffset? LastErrorAt { get; set; }

    public string Phase => Folders.Count > 0 && Folders.All(f => f.FirstSyncDone) ? Live : FirstSync;

    /// <summary>Messages the first sync found in its window, once every folder was searched.</summary>
    public int? FirstSyncFound => Folders.Count > 0 && Folders.All(f => f.Found is not null) ? Folders.Sum(f => f.Found!.Value) : null;

    public FolderCheckpoint Folder(string name)
    {
        if (Folders.FirstOrDefault(f => f.Name == name) is { } found)
        {
            return found;
        }

        var added = new FolderCheckpoint { Name = name };
        Folders.Add(added);
        return added;
    }
}
