using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Imports;

namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// Records the ingested messages of many bus messages at once (see <see cref="MessagesIngestedConsumerDefinition"/>),
/// every tenant's in one transaction of up to <see cref="MessagesPerTransaction"/> messages (an import's bus messages
/// carry hundreds each); a redelivered batch, or one that overlaps an earlier one, appends only what is new.
/// </summary>
public sealed class MessagesIngestedConsumer(ConversationRecorder recorder, ImportItemsTable importItems) : IConsumer<Batch<MessagesIngested>>
{
    public const int MessagesPerTransaction = 1_000;
    private const int ExcerptLength = 280;

    public async Task Consume(ConsumeContext<Batch<MessagesIngested>> context)
    {
        var pending = new List<MessageIngested>();
        foreach (var busMessage in context.Message)
        {
            pending.AddRange(busMessage.Message.Messages);
            if (pending.Count >= MessagesPerTransaction)
            {
                await Record(pending, context.CancellationToken);
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            await Record(pending, context.CancellationToken);
        }
    }

    /// <summary>Records the messages, then counts those of imports as recorded (after their commit, so a crash delays, never loses).</summary>
    private async Task Record(IReadOnlyList<MessageIngested> messages, CancellationToken cancellationToken)
    {
        var tenants = messages.GroupBy(m => m.TenantId, StringComparer.Ordinal).ToList();
        await recorder.Record([.. tenants.Select(tenant => new TenantMessages(tenant.Key, [.. tenant.Select(ToRecorded)]))], cancellationToken);
        foreach (var tenant in tenants)
        {
            await importItems.Add(tenant.Key, ImportItem.Of(tenant), cancellationToken);
        }
    }

    // Sent times are kept in UTC: they are stored in timestamptz columns, which take no other offset.
    private static MessageRecorded ToRecorded(MessageIngested ingested) => new(
        ingested.ConversationId,
        ingested.MessageId,
        ingested.From,
        ingested.To,
        ingested.SentAt.ToUniversalTime(),
        ingested.Kind,
        ingested.NeedsReply,
        ingested.Channel,
        ingested.Subject,
        Excerpt(ingested.Body),
        ingested.IsHistory);

    public static string Excerpt(string body) => body.Length <= ExcerptLength ? body : body[..ExcerptLength];
}
