using JasperFx.Events;
using JasperFx.Events.Documents;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.ResponseTracking.Views;

namespace NetworkingPlatform.ResponseTracking.Admin.Rebuilding;

/// <summary>
/// Rebuilds a tenant's conversations and their views from the event streams alone, after a definition changed: each
/// stream is aggregated again and written through <see cref="ConversationViewsProjection"/>. Each chunk of
/// conversations is rewritten in one transaction under their optimistic versions, so a message recorded meanwhile makes
/// the chunk fail rather than be overwritten; rebuilding again completes it.
/// </summary>
public sealed class ViewsRebuilder(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private const int ChunkSize = 200;

    /// <returns>How many conversations were rebuilt.</returns>
    public async Task<int> Rebuild(string tenantId, CancellationToken cancellationToken)
    {
        var rebuilt = 0;
        foreach (var chunk in (await StreamKeys(tenantId, cancellationToken)).Chunk(ChunkSize))
        {
            await using var session = store.LightweightSession(tenantId);
            var current = (await session.LoadManyAsync<Conversation>(cancellationToken, chunk)).ToDictionary(c => c.Id, StringComparer.Ordinal);
            var conversations = new List<Conversation>();
            foreach (var key in chunk)
            {
                var conversation = await session.Events.AggregateStreamAsync<Conversation>(key, token: cancellationToken);
                // The tenant's other streams (an import's summary) record no message.
                if (conversation is { Messages.Count: > 0 })
                {
                    conversation.Id = key;
                    conversation.Version = current.GetValueOrDefault(key)?.Version ?? Guid.Empty;
                    conversations.Add(conversation);
                }
            }

            var promises = await ConversationViewsProjection.LoadPromises(session, conversations.SelectMany(c => c.Participants()), cancellationToken);
            session.DeleteWhere<MemberConversation>(c => chunk.Contains(c.ConversationId));
            ConversationViewsProjection.Store(session, [.. conversations.Select(c => (c, !current.ContainsKey(c.Id)))], promises);
            await session.SaveChangesAsync(cancellationToken);
            rebuilt += conversations.Count;
        }

        // A changed definition may leave a side without the reply times it had: no figure kept before this moment serves.
        await KeptFiguresTable.ForgetTenant(dataSource, tenantId, cancellationToken);
        return rebuilt;
    }

    private async Task<IReadOnlyList<string>> StreamKeys(string tenantId, CancellationToken cancellationToken)
    {
        // The document store is Marten's event store too; IDocumentStore does not say so.
        var events = ((IEventStore)store).OpenReadOnlyEventStore(tenantId);
        var streams = await DocumentQueryableExtensions.ToListAsync(events.QueryStreamStates(tenantId).OrderBy(s => s.Key), cancellationToken);
        return [.. streams.Select(s => s.Key!)];
    }
}
