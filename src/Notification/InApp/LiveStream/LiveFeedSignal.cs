namespace NetworkingPlatform.Notification.InApp.LiveStream;

/// <summary>
/// Announces stored notifications to every replica with PostgreSQL NOTIFY, inside the transaction that stores them:
/// PostgreSQL sends it only if that transaction commits, and every replica's <see cref="LiveFeedListener"/> hears it,
/// so a member's live stream gets the notification whichever replica consumed the event and whichever holds the stream.
/// </summary>
public static class LiveFeedSignal
{
    public const string Channel = "notification_live_feed";

    // NOTIFY payloads must stay under 8,000 bytes: a batch of hundreds is announced in several.
    private const int MaxPayloadBytes = 7_000;

    public static void Queue(IDocumentSession session, string tenantId, IReadOnlyList<InAppNotification> stored)
    {
        var entries = new List<LiveFeedEntry>();
        var size = 0;
        foreach (var notification in stored)
        {
            var entry = new LiveFeedEntry(notification.Id, notification.Recipient);
            var entrySize = entry.Id.Length + entry.Recipient.Length + 16;
            if (size + entrySize > MaxPayloadBytes - tenantId.Length && entries.Count > 0)
            {
                Notify(session, tenantId, entries);
                entries = [];
                size = 0;
            }

            entries.Add(entry);
            size += entrySize;
        }

        if (entries.Count > 0)
        {
            Notify(session, tenantId, entries);
        }
    }

    public static LiveFeedAnnouncement? Read(string payload) => JsonSerializer.Deserialize<LiveFeedAnnouncement>(payload, JsonSerializerOptions.Web);

    private static void Notify(IDocumentSession session, string tenantId, List<LiveFeedEntry> entries) =>
        session.QueueSqlCommand("select pg_notify(?, ?)", Channel, JsonSerializer.Serialize(new LiveFeedAnnouncement(tenantId, entries), JsonSerializerOptions.Web));
}

/// <summary>What one NOTIFY says: which notifications of which members a tenant just stored.</summary>
public sealed record LiveFeedAnnouncement(string TenantId, IReadOnlyList<LiveFeedEntry> Entries);

public sealed record LiveFeedEntry(string Id, string Recipient);
