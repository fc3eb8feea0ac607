namespace NetworkingPlatform.ResponseTracking.Conversations.GettingStatus;

public sealed record ConversationStatusResponse(
    string ConversationId,
    string State,
    IReadOnlyList<AwaitedReplyResponse> AwaitingReplyFrom,
    int MessageCount,
    DateTimeOffset? FirstMessageAt,
    DateTimeOffset? LastMessageAt,
    TimeSpan? FirstReplyTime,
    TimeSpan? LastReplyTime,
    IReadOnlyList<ReplyResponse> Replies)
{
    public static ConversationStatusResponse From(ConversationStatus status) => new(
        status.Id,
        status.State switch
        {
            ConversationState.AwaitingReply => "awaiting-reply",
            ConversationState.Answered => "answered",
            _ => "no-reply-needed",
        },
        [.. status.Awaiting.Select(a => new AwaitedReplyResponse(a.Member, a.Since, a.AwaitedBy))],
        status.Messages.Count,
        status.FirstMessageAt,
        status.LastMessageAt,
        status.FirstReplyTime,
        status.LastReplyTime,
        [.. status.Replies.Select(r => new ReplyResponse(r.By, r.AnsweredFor, r.WaitingSince, r.RepliedAt, r.ReplyTime, r.IsDecline))]);
}

public sealed record AwaitedReplyResponse(string Member, DateTimeOffset Since, IReadOnlyList<string> AwaitedBy);

public sealed record ReplyResponse(
    string By,
    IReadOnlyList<string> AnsweredFor,
    DateTimeOffset WaitingSince,
    DateTimeOffset RepliedAt,
    TimeSpan ReplyTime,
    bool IsDecline);
