using Marten;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

/// <summary>Appends a message to its conversation's stream, once, under optimistic concurrency.</summary>
public sealed class RecordMessageHandler(IDocumentStore store)
{
    /// <returns>False when the message was already recorded.</returns>
    public async Task<bool> Handle(string tenantId, MessageRecorded message, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(tenantId);
        session.CarryTrace();
        // Two first messages of one conversation may race to start its stream: the loser gets a concurrency
        // error and the bus retries it against the stream the winner created.
        var stream = await session.Events.FetchForWriting<ConversationStatus>(message.ConversationId, cancellationToken);
        var events = RecordMessageDecision.Decide(stream.Aggregate, message);
        if (events.Count == 0)
        {
            return false;
        }

        stream.AppendMany(events);
        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}
