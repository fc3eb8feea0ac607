using Marten;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.ResponseTracking.Conversations;

namespace NetworkingPlatform.ResponseTracking.Views;

/// <summary>
/// Writes a conversation's status and every participant's side of it in the session that appends its events, so the
/// views commit with the events or not at all.
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

    public static void Store(IDocumentSession session, IReadOnlyCollection<(ConversationStatus Status, bool IsNew)> conversations,
        IReadOnlyDictionary<string, ResponsePromise> promises)
    {
        var sides = new List<MemberConversation>();
        foreach (var (status, isNew) in conversations)
        {
            if (isNew)
            {
                // Inserting fails when another writer created the conversation meanwhile: the batch is retried against it.
                session.Insert(status);
            }
            else
            {
                session.Store(status);
            }

            var members = MemberConversations.From(status, promises).ToArray();
            session.Store(members);
            sides.AddRange(members);
        }

        ReplyTimesTable.Queue(session, [.. conversations.Select(c => c.Status.Id)], sides);
    }
}
