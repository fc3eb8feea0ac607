using Marten;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using Npgsql;
using NetworkingPlatform.ResponseTracking.Views;

namespace NetworkingPlatform.ResponseTracking.Admin.Rebuilding;

/// <summary>
/// Rebuilds a tenant's conversation statuses and members' views from the event streams alone, after a definition
/// changed. Each chunk of conversations is rewritten in one transaction under the statuses' optimistic versions, so a
/// message recorded meanwhile makes the chunk fail rather than be overwritten; rebuilding again completes it.
/// </summary>
public sealed class ViewsRebuilder(IDocumentStore store, NpgsqlDataSource dataSource)
{
    private const int ChunkSize = 200;

    /// <returns>How many conversations were rebuilt.</returns>
    public async Task<int> Rebuild(string tenantId, CancellationToken cancellationToken)
    {
        var ids = await StreamIds(tenantId, cancellationToken);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            await using var session = store.LightweightSession(tenantId);
            var current = (await session.LoadManyAsync<ConversationStatus>(cancellationToken, chunk)).ToDictionary(s => s.Id, StringComparer.Ordinal);
            var rebuilt = new List<ConversationStatus>();
            foreach (var id in chunk)
            {
                var status = await session.Events.AggregateStreamAsync<ConversationStatus>(id, token: cancellationToken);
                if (status is not null)
                {
                    status.Id = id;
                    rebuilt.Add(status);
                }
            }

            var promises = await ConversationViewsProjection.LoadPromises(session, rebuilt.SelectMany(s => s.Participants), cancellationToken);
            session.DeleteWhere<MemberConversation>(c => chunk.Contains(c.ConversationId));
            foreach (var status in rebuilt)
            {
                status.Version = current.GetValueOrDefault(status.Id)?.Version ?? Guid.Empty;
            }

            ConversationViewsProjection.Store(session, [.. rebuilt.Select(s => (s, !current.ContainsKey(s.Id)))], promises);

            await session.SaveChangesAsync(cancellationToken);
        }

        // A changed definition may leave a side without the reply times it had: no figure kept before this moment serves.
        await KeptFiguresTable.ForgetTenant(dataSource, tenantId, cancellationToken);
        return ids.Count;
    }

    private async Task<List<string>> StreamIds(string tenantId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT id FROM {ResponseTrackingSchema.Name}.mt_streams WHERE tenant_id = $1 ORDER BY id");
        command.Parameters.AddWithValue(tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
