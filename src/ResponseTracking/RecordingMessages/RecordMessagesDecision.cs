using NetworkingPlatform.ResponseTracking.Conversations;

namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>
/// What recording messages of one conversation appends: the messages not yet recorded, then a
/// <see cref="ReplyRecorded"/> for every message that became a reply and was not recorded as one before. The reply
/// clock runs once over the whole group; the conversation is left as it was, for the caller to apply the events to.
/// </summary>
public static class RecordMessagesDecision
{
    public static IReadOnlyList<object> Decide(Conversation conversation, IEnumerable<MessageRecorded> messages)
    {
        var known = conversation.Messages.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
        var added = messages.Where(m => known.Add(m.MessageId)).ToList();
        if (added.Count == 0)
        {
            return [];
        }

        var timeline = ReplyClock.Run(conversation.Messages.Concat(added));
        var events = new List<object>(added);
        events.AddRange(timeline.Replies.Where(reply => !conversation.HasRecordedReply(reply.ReplyMessageId)));
        return events;
    }
}
