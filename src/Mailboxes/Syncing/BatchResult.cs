namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>What a batch of emails came to; added to the mailbox's <see cref="SyncState"/>.</summary>
public sealed class BatchResult
{
    public int Taken { get; set; }
    public int Duplicates { get; set; }
    public NotTrackedCounts NotTracked { get; } = new();
    public string? LastRefusal { get; private set; }
    public List<string> NewMemberAddresses { get; } = [];

    public void Refuse(string reason)
    {
        NotTracked.Refused++;
        LastRefusal = reason;
    }
}
