using NetworkingPlatform.ResponseTracking.Conversations;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>Messages of one conversation written the way a test reads: who, to whom, when, what kind.</summary>
internal static class ConversationBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static MessageRecorded Message(string id, string from, string to, double hoursAfterStart, string kind = "question", bool? needsReply = null) =>
        new("c-1", id, from, [to], Start.AddHours(hoursAfterStart), kind,
            needsReply ?? kind is "greeting" or "question" or "meeting-proposal" or "offer" or "invitation",
            "linkedin", null, $"{kind} from {from}");
}
