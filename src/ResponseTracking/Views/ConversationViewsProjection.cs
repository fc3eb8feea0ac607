using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;

namespace NetworkingPlatform.ResponseTracking.Views;

/// <summary>
/// The hand-written views of conversations: writes each conversation with every participant's side of it and their
/// reply times, derived from its status and their promises, in the session that appends its events, so the views
/// commit with the events or not at all.
/// </summary>
public static class ConversationViewsProjection
{
    public static async Task<Dictionary<string, ResponsePromise>> LoadPromises(IQuerySession session, IEnumerable<string> members, CancellationToken cancellationToken)
    {
        var ids = members.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, ResponsePromise>(StringComparer.Ordinal);
        }

        var promises = await session.LoadManyAsync<ResponsePromise>(cancellationToken, ids);
        return promises.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public static void Store(IDocumentSession session, IReadOnlyCollection<(Conversation Conversation, bool IsNew)> conversations,
        IReadOnlyDictionary<string, ResponsePromise> promises) =>
        Store(session, [.. conversations.Select(c => (c.Conversation, ConversationStatus.Of(c.Conversation), c.IsNew))], promises);

    /// <summary>The same, for a caller that already has each conversation's status (the reply clock runs once).</summary>
    public static void Store(IDocumentSession session, IReadOnlyCollection<(Conversation Conversation, ConversationStatus Status, bool IsNew)> conversations,
        IReadOnlyDictionary<string, ResponsePromise> promises)
    {
        var sides = new List<MemberConversation>();
        foreach (var (conversation, status, isNew) in conversations)
        {
            if (isNew)
            {
                // Inserting fails when another writer created the conversation meanwhile: the batch is retried against it.
                session.Insert(conversation);
            }
            else
            {
                session.Store(conversation);
            }

            var members = MemberConversations.From(status, promises).ToArray();
            session.Store(members);
            sides.AddRange(members);
        }

        ReplyTimesTable.Queue(session, [.. conversations.Select(c => c.Conversation.Id)], sides);
    }
}
