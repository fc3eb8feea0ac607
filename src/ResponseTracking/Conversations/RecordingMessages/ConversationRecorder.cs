using Marten;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

/// <summary>
/// Records a batch of messages of many conversations in one session and one commit: one load of the touched
/// conversations, one reply-clock run per conversation, one save. Repeated messages append nothing.
/// </summary>
public sealed class ConversationRecorder(IDocumentStore store, ConversationGate gate)
{
    /// <returns>How many messages were new.</returns>
    public async Task<int> Record(string tenantId, IReadOnlyCollection<MessageRecorded> messages, CancellationToken cancellationToken)
    {
        var groups = messages.GroupBy(m => m.ConversationId, StringComparer.Ordinal).ToList();
        using var hold = await gate.Enter([.. groups.Select(g => g.Key)], cancellationToken);
        await using var session = store.LightweightSession(tenantId);
        session.CarryTrace();
        var existing = (await session.LoadManyAsync<ConversationStatus>(cancellationToken, groups.Select(g => g.Key)))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var members = messages.SelectMany(m => m.To.Prepend(m.From)).Concat(existing.Values.SelectMany(s => s.Participants));
        var promises = await ConversationViews.LoadPromises(session, members, cancellationToken);

        var recorded = 0;
        var changed = new List<(ConversationStatus, bool)>();
        foreach (var group in groups)
        {
            var isNew = !existing.TryGetValue(group.Key, out var status);
            status ??= new ConversationStatus { Id = group.Key };
            var events = RecordMessagesDecision.Decide(status, group);
            if (events.Count == 0)
            {
                continue;
            }

            if (isNew)
            {
                session.Events.StartStream(group.Key, events);
            }
            else
            {
                session.Events.Append(group.Key, events);
            }

            changed.Add((status, isNew));
            recorded += events.OfType<MessageRecorded>().Count();
        }

        if (recorded > 0)
        {
            ConversationViews.Store(session, changed, promises);
            await session.SaveChangesAsync(cancellationToken);
        }

        return recorded;
    }
}
