using Marten.Schema;

namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// What new messages are decided against: the conversation's messages, the replies already recorded and the overdue
/// replies already noticed, each rebuilt from its own event. Everything derived from the messages lives in
/// <see cref="ConversationStatus"/>. Writers store it under optimistic concurrency (see <see cref="Version"/>): of two
/// writers deciding against the same state, one retries.
/// </summary>
/// <remarks>
/// Stored in the table that held the status before the two were split, whose documents read as this one: their
/// replies were the recorded ones.
/// </remarks>
[UseOptimisticConcurrency]
[DocumentAlias("conversationstatus")]
public sealed class Conversation
{
    public string Id { get; set; } = string.Empty;

    [Version]
    public Guid Version { get; set; }

    public List<MessageRecorded> Messages { get; set; } = [];

    /// <summary>Each reply as it was recorded, once per reply message; its current figures come from the messages.</summary>
    public List<ReplyRecorded> Replies { get; set; } = [];

    public List<ReplyWentOverdue> Overdue { get; set; } = [];

    public bool Contains(string messageId) => Messages.Exists(m => m.MessageId == messageId);

    public bool HasRecordedReply(string replyMessageId) => Replies.Exists(r => r.ReplyMessageId == replyMessageId);

    public bool WasNoticedOverdue(string member, DateTimeOffset deadline) =>
        Overdue.Exists(o => o.Member == member && o.Deadline == deadline);

    // A method, not a property: the document's JSON holds only what the events gave it.
    public IEnumerable<string> Participants() => Messages.SelectMany(m => m.To.Prepend(m.From)).Distinct(StringComparer.Ordinal);

    public void Apply(MessageRecorded recorded)
    {
        Id = recorded.ConversationId;
        if (!Contains(recorded.MessageId))
        {
            Messages.Add(recorded);
        }
    }

    public void Apply(ReplyRecorded recorded)
    {
        if (!HasRecordedReply(recorded.ReplyMessageId))
        {
            Replies.Add(recorded);
        }
    }

    public void Apply(ReplyWentOverdue overdue) => Overdue.Add(overdue);

    /// <summary>Applies events as they were decided, in order.</summary>
    public void ApplyAll(IEnumerable<object> events)
    {
        foreach (var @event in events)
        {
            switch (@event)
            {
                case MessageRecorded recorded:
                    Apply(recorded);
                    break;
                case ReplyRecorded recorded:
                    Apply(recorded);
                    break;
                case ReplyWentOverdue overdue:
                    Apply(overdue);
                    break;
            }
        }
    }
}
