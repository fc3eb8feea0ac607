using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Views;
using SessionOptions = Marten.Services.SessionOptions;

namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// Records messages of many conversations, of one or several tenants, in one transaction: per tenant one load of the
/// touched conversations, one decision per conversation and one write of it and its views; then one commit for all.
/// Repeated messages append nothing.
/// </summary>
public sealed class ConversationRecorder(IDocumentStore store, NpgsqlDataSource dataSource, ConversationGate gate, EventsCommittedWakeup daemon)
{
    /// <returns>How many messages were new.</returns>
    public Task<int> Record(string tenantId, IReadOnlyCollection<MessageRecorded> messages, CancellationToken cancellationToken) =>
        Record([new TenantMessages(tenantId, messages)], cancellationToken);

    /// <returns>How many messages were new.</returns>
    public async Task<int> Record(IReadOnlyCollection<TenantMessages> tenants, CancellationToken cancellationToken)
    {
        using var hold = await gate.Enter([.. tenants.SelectMany(t => t.Messages.Select(m => ConversationGate.KeyOf(t.TenantId, m.ConversationId))).Distinct()],
            cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var recorded = 0;
        // Tenants in one order in every transaction: two batches sharing members of two tenants, each taking one
        // tenant's rows first, deadlocked on the members' kept figures (seen under the platform benchmark).
        foreach (var tenant in tenants.OrderBy(t => t.TenantId, StringComparer.Ordinal))
        {
            var options = SessionOptions.ForTransaction(transaction);
            options.TenantId = tenant.TenantId;
            await using var session = store.LightweightSession(options);
            session.CarryTrace();
            recorded += await Record(session, tenant.Messages, cancellationToken);
        }

        if (recorded > 0)
        {
            await transaction.CommitAsync(cancellationToken);
            daemon.EventsCommitted();
        }

        return recorded;
    }

    private static async Task<int> Record(IDocumentSession session, IReadOnlyCollection<MessageRecorded> messages, CancellationToken cancellationToken)
    {
        var groups = messages.GroupBy(m => m.ConversationId, StringComparer.Ordinal).ToList();
        var existing = (await session.LoadManyAsync<Conversation>(cancellationToken, groups.Select(g => g.Key)))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        var members = messages.SelectMany(m => m.To.Prepend(m.From)).Concat(existing.Values.SelectMany(c => c.Participants()));
        var promises = await ConversationViewsProjection.LoadPromises(session, members, cancellationToken);

        var recorded = 0;
        var changed = new List<(Conversation, bool)>();
        foreach (var group in groups)
        {
            var isNew = !existing.TryGetValue(group.Key, out var conversation);
            conversation ??= new Conversation { Id = group.Key };
            var events = RecordMessagesDecision.Decide(conversation, group);
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

            conversation.ApplyAll(events);
            changed.Add((conversation, isNew));
            recorded += events.OfType<MessageRecorded>().Count();
        }

        if (recorded > 0)
        {
            ConversationViewsProjection.Store(session, changed, promises);
            await session.SaveChangesAsync(cancellationToken);
        }

        return recorded;
    }
}
