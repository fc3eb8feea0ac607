using Marten.Schema;

namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// The conversation as it stands; it is also what new messages are decided against. Every derived figure is
/// recomputed from the full message set, so arrival order never matters. Writers store it under optimistic
/// concurrency (see <see cref="Version"/>): of two writers deciding against the same state, one retries.
/// </summary>
[UseOptimisticConcurrency]
public sealed class ConversationStatus
{
    public string Id { get; set; } = string.Empty;

    [Version]
    public Guid Version { get; set; }

    public List<MessageRecorded> Messages { get; set; } = [];
    public List<AwaitedReply> Awaiting { get; set; } = [];
    public List<ReplyRecorded> Replies { get; set; } = [];
    public List<MeetingProposal> Proposals { get; set; } = [];
    public List<ReplyWentOverdue> Overdue { get; set; } = [];

    /// <summary>Greetings that answered a wait: replies opening with a salutation, which ask for nothing (see <see cref="ReplyClock"/>).</summary>
    public List<string> ReadAsReplies { get; set; } = [];
    public DateTimeOffset? FirstMessageAt { get; set; }
    public DateTimeOffset? LastMessageAt { get; set; }

    public bool Contains(string messageId) => Messages.Exists(m => m.MessageId == messageId);

    public ConversationState State => Awaiting.Count > 0
        ? ConversationState.AwaitingReply
        : Replies.Count > 0 ? ConversationState.Answered : ConversationState.NoReplyNeeded;

    public TimeSpan? FirstReplyTime => Replies.Count == 0 ? null : Replies.MinBy(r => r.RepliedAt)!.ReplyTime;

    public TimeSpan? LastReplyTime => Replies.Count == 0 ? null : Replies.MaxBy(r => r.RepliedAt)!.ReplyTime;

    /// <summary>The subject of the earliest message that has one.</summary>
    public string? Subject => Messages.Where(m => !string.IsNullOrWhiteSpace(m.Subject)).MinBy(m => m.SentAt)?.Subject;

    public IEnumerable<string> Participants => Messages.SelectMany(m => m.To.Prepend(m.From)).Distinct(StringComparer.Ordinal);

    public MessageRecorded? Find(string messageId) => Messages.Find(m => m.MessageId == messageId);

    /// <summary>Whether the message asks for an answer, read in its conversation.</summary>
    public bool NeedsReply(MessageRecorded message) => message.NeedsReply && !ReadAsReplies.Contains(message.MessageId);

    public void Apply(MessageRecorded recorded) => Record([recorded]);

    // Replies are derived from the messages; the event exists to be forwarded.
    public void Apply(ReplyRecorded recorded)
    {
    }

    public void Apply(ReplyWentOverdue overdue) => Overdue.Add(overdue);

    public bool WasNoticedOverdue(string member, DateTimeOffset deadline) =>
        Overdue.Exists(o => o.Member == member && o.Deadline == deadline);

    /// <summary>Adds the messages not yet known and runs the reply clock once over the whole set.</summary>
    /// <returns>The messages that were new.</returns>
    public IReadOnlyList<MessageRecorded> Record(IEnumerable<MessageRecorded> messages)
    {
        var added = new List<MessageRecorded>();
        foreach (var message in messages)
        {
            if (!Contains(message.MessageId))
            {
                Messages.Add(message);
                added.Add(message);
            }
        }

        if (added.Count == 0)
        {
            return added;
        }

        Id = added[0].ConversationId;
        var timeline = ReplyClock.Run(Messages);
        Awaiting = [.. timeline.Awaiting];
        Replies = [.. timeline.Replies];
        ReadAsReplies = [.. timeline.ReadAsReplies];
        Proposals = [.. MeetingProposals.Track(Messages)];
        FirstMessageAt = Messages.Min(m => m.SentAt);
        LastMessageAt = Messages.Max(m => m.SentAt);
        return added;
    }
}
