using NetworkingPlatform.ResponseTracking.Conversations;

namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// What recording messages of one conversation appends: the messages not yet recorded, then a
/// <see cref="ReplyRecorded"/> for every message that became a reply. The status is updated in place, running the reply
/// clock once for the whole group.
/// </summary>
public static class RecordMessagesDecision
{
    public static IReadOnlyList<object> Decide(ConversationStatus status, IEnumerable<MessageRecorded> messages)
    {
        var before = status.Replies.Select(r => r.ReplyMessageId).ToHashSet(StringComparer.Ordinal);
        var added = status.Record(messages);
        if (added.Count == 0)
        {
            return [];
        }

        var events = new List<object>(added);
        events.AddRange(status.Replies.Where(reply => !before.Contains(reply.ReplyMessageId)));
        return events;
    }
}
