namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// The conversation as it stands: every figure is recomputed from the full message set, one run of the reply clock,
/// so arrival order never matters. What is shown and projected; never stored.
/// </summary>
public sealed class ConversationStatus
{
    private readonly Conversation conversation;

    private ConversationStatus(Conversation conversation, ReplyTimeline timeline, IReadOnlyList<MeetingProposal> proposals)
    {
        this.conversation = conversation;
        Awaiting = timeline.Awaiting;
        Replies = timeline.Replies;
        ReadAsReplies = timeline.ReadAsReplies;
        Proposals = proposals;
    }

    public static ConversationStatus Of(Conversation conversation) =>
        new(conversation, ReplyClock.Run(conversation.Messages), MeetingProposals.Track(conversation.Messages));

    public string Id => conversation.Id;

    public IReadOnlyList<MessageRecorded> Messages => conversation.Messages;
    public IReadOnlyList<AwaitedReply> Awaiting { get; }
    public IReadOnlyList<ReplyRecorded> Replies { get; }
    public IReadOnlyList<MeetingProposal> Proposals { get; }
    public IReadOnlyList<ReplyWentOverdue> Overdue => conversation.Overdue;

    /// <summary>Greetings that answered a wait: replies opening with a salutation, which ask for nothing (see <see cref="ReplyClock"/>).</summary>
    public IReadOnlyList<string> ReadAsReplies { get; }

    public DateTimeOffset? FirstMessageAt => Messages.Count == 0 ? null : Messages.Min(m => m.SentAt);
    public DateTimeOffset? LastMessageAt => Messages.Count == 0 ? null : Messages.Max(m => m.SentAt);

    public ConversationState State => Awaiting.Count > 0
        ? ConversationState.AwaitingReply
        : Replies.Count > 0 ? ConversationState.Answered : ConversationState.NoReplyNeeded;

    public TimeSpan? FirstReplyTime => Replies.Count == 0 ? null : Replies.MinBy(r => r.RepliedAt)!.ReplyTime;

    public TimeSpan? LastReplyTime => Replies.Count == 0 ? null : Replies.MaxBy(r => r.RepliedAt)!.ReplyTime;

    /// <summary>The subject of the earliest message that has one.</summary>
    public string? Subject => Messages.Where(m => !string.IsNullOrWhiteSpace(m.Subject)).MinBy(m => m.SentAt)?.Subject;

    public IEnumerable<string> Participants => conversation.Participants();

    public MessageRecorded? Find(string messageId) => conversation.Messages.Find(m => m.MessageId == messageId);

    /// <summary>Whether the message asks for an answer, read in its conversation.</summary>
    public bool NeedsReply(MessageRecorded message) => message.NeedsReply && !ReadAsReplies.Contains(message.MessageId);

    public bool WasNoticedOverdue(string member, DateTimeOffset deadline) => conversation.WasNoticedOverdue(member, deadline);
}
