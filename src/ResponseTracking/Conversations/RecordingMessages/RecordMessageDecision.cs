namespace NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;

/// <summary>What recording a message appends: nothing for a message already recorded, else the message and the replies it completes.</summary>
public static class RecordMessageDecision
{
    public static IReadOnlyList<object> Decide(ConversationStatus? current, MessageRecorded message)
    {
        if (current is not null && current.Contains(message.MessageId))
        {
            return [];
        }

        var known = current?.Messages ?? [];
        var before = (current?.Replies ?? []).Select(r => r.ReplyMessageId).ToHashSet(StringComparer.Ordinal);
        var after = ReplyClock.Run([.. known, message]).Replies;

        var events = new List<object> { message };
        events.AddRange(after.Where(reply => !before.Contains(reply.ReplyMessageId)));
        return events;
    }
}
