using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ResponseTracking.Imports;

namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

/// <summary>Records a whole ingested batch at once; a redelivered batch, or one that overlaps an earlier one, appends only what is new.</summary>
public sealed class MessagesIngestedConsumer(ConversationRecorder recorder, ImportItemsTable importItems) : IConsumer<MessagesIngested>
{
    private const int ExcerptLength = 280;

    public async Task Consume(ConsumeContext<MessagesIngested> context)
    {
        foreach (var tenant in context.Message.Messages.GroupBy(m => m.TenantId, StringComparer.Ordinal))
        {
            await recorder.Record(tenant.Key, [.. tenant.Select(ToRecorded)], context.CancellationToken);
            await importItems.Add(tenant.Key, ImportItem.Of(tenant), context.CancellationToken);
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
