using Marten;
using MassTransit;
using NetworkingPlatform.Contracts.ResponseTracking;

namespace NetworkingPlatform.Notification.InApp.StoringNotifications;

/// <summary>Tells each member who was waiting that their message was answered.</summary>
public sealed class ConversationAnsweredConsumer(IDocumentStore store) : IConsumer<ConversationAnswered>
{
    public const string Type = "conversation-answered";

    public async Task Consume(ConsumeContext<ConversationAnswered> context)
    {
        var answered = context.Message;
        await using var session = store.LightweightSession(answered.TenantId);
        foreach (var recipient in answered.AnsweredFor)
        {
            // Store is an upsert on an id derived from the event: a redelivery rewrites the same row.
            session.Store(new InAppNotification
            {
                Id = InAppNotification.IdFor(answered.EventId, recipient),
                Recipient = recipient,
                Type = Type,
                SourceEventId = answered.EventId,
                ConversationId = answered.ConversationId,
                Title = answered.IsDecline ? $"{answered.AnsweredBy} declined" : $"{answered.AnsweredBy} replied",
                Body = $"{answered.AnsweredBy} answered you after {ReplyTimeText.Describe(answered.ReplyTime)}.",
                CreatedAt = answered.OccurredAt,
            });
        }

        await session.SaveChangesAsync(context.CancellationToken);
    }
}
