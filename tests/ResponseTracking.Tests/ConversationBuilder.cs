using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.RecordingMessages;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>Messages of one conversation written the way a test reads: who, to whom, when, what kind.</summary>
internal static class ConversationBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static MessageRecorded Message(string id, string from, string to, double hoursAfterStart, string kind = "question", bool? needsReply = null) =>
        new("c-1", id, from, [to], Start.AddHours(hoursAfterStart), kind,
            needsReply ?? kind is "greeting" or "question" or "meeting-proposal" or "offer" or "invitation",
            "linkedin", null, $"{kind} from {from}");

    /// <summary>The conversation these messages leave, recorded the way the service records them.</summary>
    public static Conversation Recorded(params IEnumerable<MessageRecorded> messages)
    {
        var conversation = new Conversation();
        Record(conversation, messages);
        return conversation;
    }

    /// <summary>Records a later batch into the conversation: decides, then applies what was decided.</summary>
    /// <returns>The events decided.</returns>
    public static IReadOnlyList<object> Record(Conversation conversation, params IEnumerable<MessageRecorded> messages)
    {
        var events = RecordMessagesDecision.Decide(conversation, messages);
        conversation.ApplyAll(events);
        return events;
    }

    public static ConversationStatus StatusOf(params IEnumerable<MessageRecorded> messages) => ConversationStatus.Of(Recorded(messages));
}
