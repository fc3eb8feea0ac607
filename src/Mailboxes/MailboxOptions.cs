namespace NetworkingPlatform.Mailboxes;

/// <summary>Configuration section "Mailboxes".</summary>
public sealed class MailboxOptions
{
    public const string Section = "Mailboxes";

    /// <summary>How far back a mailbox's first sync reaches.</summary>
    public TimeSpan FirstSyncWindow { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often a folder is looked at when its server has no IDLE.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>IDLE is renewed this often: servers may drop an IDLE connection after 30 minutes (RFC 2177).</summary>
    public TimeSpan IdleFor { get; set; } = TimeSpan.FromMinutes(9);

    /// <summary>How often the worker looks for mailboxes connected or disconnected through another replica.</summary>
    public TimeSpan LookForMailboxesEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages fetched, read and handed to Ingestion together.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>The longest wait before a folder that failed is tried again (1 s, then doubling up to this).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Connecting and logging in to a server, when testing a connection or syncing.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Where Ingestion is; service discovery resolves the default.</summary>
    public string IngestionUrl { get; set; } = "http://ingestion";

    /// <summary>
    /// The secret the per-tenant Data Protection key rings are encrypted with (32 characters or more). Kept outside
    /// the database, so the stored keys and the passwords they protect are useless without it.
    /// </summary>
    public string? KeyEncryptionKey { get; set; }
}
