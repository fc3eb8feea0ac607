using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;

namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

public sealed class MessageIngestedConsumer(RecordMessageHandler handler) : IConsumer<MessageIngested>
{
    private const int ExcerptLength = 280;

    public Task Consume(ConsumeContext<MessageIngested> context)
    {
        var ingested = context.Message;
        var message = new MessageRecorded(
            ingested.ConversationId,
            ingested.MessageId,
            ingested.From,
            ingested.To,
            ingested.SentAt,
            ingested.Kind,
            ingested.NeedsReply,
            ingested.Channel,
            ingested.Subject,
            ingested.Body.Length <= ExcerptLength ? ingested.Body : ingested.Body[..ExcerptLength]);
        return handler.Handle(ingested.TenantId, message, context.CancellationToken);
    }
}
