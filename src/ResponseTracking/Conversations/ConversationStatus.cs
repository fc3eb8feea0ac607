namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// The conversation as it stands, projected inline from its stream; it is also what new messages are decided
/// against. Every derived figure is recomputed from the full message set, so arrival order never matters.
/// </summary>
public sealed class ConversationStatus
{
    public string Id { get; set; } = string.Empty;
    public List<MessageRecorded> Messages { get; set; } = [];
    public List<AwaitedReply> Awaiting { get; set; } = [];
    public List<ReplyRecorded> Replies { get; set; } = [];
    public DateTimeOffset? FirstMessageAt { get; set; }
    public DateTimeOffset? LastMessageAt { get; set; }

    public bool Contains(string messageId) => Messages.Exists(m => m.MessageId == messageId);

    public ConversationState State => Awaiting.Count > 0
        ? ConversationState.AwaitingReply
        : Replies.Count > 0 ? ConversationState.Answered : ConversationState.NoReplyNeeded;

    public TimeSpan? FirstReplyTime => Replies.Count == 0 ? null : Replies.MinBy(r => r.RepliedAt)!.ReplyTime;

    public TimeSpan? LastReplyTime => Replies.Count == 0 ? null : Replies.MaxBy(r => r.RepliedAt)!.ReplyTime;

    public void Apply(MessageRecorded recorded)
    {
        Id = recorded.ConversationId;
        Messages.Add(recorded);
        var timeline = ReplyClock.Run(Messages);
        Awaiting = [.. timeline.Awaiting];
        Replies = [.. timeline.Replies];
        FirstMessageAt = Messages.Min(m => m.SentAt);
        LastMessageAt = Messages.Max(m => m.SentAt);
    }

    // Replies are derived from the messages above; the event exists to be forwarded and counted.
    public void Apply(ReplyRecorded recorded)
    {
    }
}
