namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>Mail read but not tracked, by reason; reported with the mailbox.</summary>
public sealed class NotTrackedCounts
{
    public int AutoReplies { get; set; }
    public int Lists { get; set; }
    public int NoReply { get; set; }

    /// <summary>Mail Ingestion refused (an address that is no valid handle, an impossible date): see <see cref="SyncState.LastRefusal"/>.</summary>
    public int Refused { get; set; }

    public void Count(string reason)
    {
        switch (reason)
        {
            case Email.NotTrackedReasons.AutoReply: AutoReplies++; break;
            case Email.NotTrackedReasons.List: Lists++; break;
            case Email.NotTrackedReasons.NoReply: NoReply++; break;
            default: Refused++; break;
        }
    }
}
