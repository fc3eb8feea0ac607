using MassTransit;
using NetworkingPlatform.Contracts.Ingestion;

namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

public sealed class MessagesIngestedConsumer(RecordMessageHandler handler) : IConsumer<MessagesIngested>
{
    private const int ExcerptLength = 280;

    public async Task Consume(ConsumeContext<MessagesIngested> context)
    {
        foreach (var ingested in context.Message.Messages)
        {
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
            await handler.Handle(ingested.TenantId, message, context.CancellationToken);
        }
    }
}
