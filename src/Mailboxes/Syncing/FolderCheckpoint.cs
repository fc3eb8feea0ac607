namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// Where a folder's sync stands: the folder's UIDVALIDITY and the highest UID read, so a restart or a lost connection
/// goes on after it. <see cref="Found"/> counts the messages the first sync found in its window.
/// </summary>
public sealed class FolderCheckpoint
{
    public string Name { get; set; } = string.Empty;
    public uint UidValidity { get; set; }
    public uint LastUid { get; set; }
    public bool FirstSyncDone { get; set; }
    public int? Found { get; set; }
}
