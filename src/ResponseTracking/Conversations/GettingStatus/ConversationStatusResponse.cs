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
    IReadOnlyList<ReplyResponse> Replies,
    IReadOnlyList<MeetingProposalResponse> MeetingProposals)
{
    public static ConversationStatusResponse From(ConversationStatus status, DateTimeOffset now) => new(
        status.Id,
        status.State switch
        {
            ConversationState.AwaitingReply => "awaiting-reply",
            ConversationState.Answered => "answered",
            _ => "no-reply-needed",
        },
        [.. status.Awaiting.Select(a => new AwaitedReplyResponse(a.Member, a.Since, a.AwaitedBy, a.MessageId,
            status.Overdue.Where(o => o.Member == a.Member && o.WaitingSince == a.Since).Select(o => (DateTimeOffset?)o.Deadline).Max()))],
        status.Messages.Count,
        status.FirstMessageAt,
        status.LastMessageAt,
        status.FirstReplyTime,
        status.LastReplyTime,
        [.. status.Replies.Select(r => new ReplyResponse(r.By, r.AnsweredFor, r.WaitingSince, r.RepliedAt, r.ReplyTime, r.IsDecline))],
        [.. status.Proposals.Select(p => new MeetingProposalResponse(p.MessageId, p.By, p.To, p.ProposedAt, p.ExpiresAt,
            Kebab(p.OutcomeAt(now)), p.ResolvedAt, p.ResponseTime))]);

    private static string Kebab(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.CounterProposed => "counter-proposed",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}

/// <summary><see cref="OverdueSince"/> is the promised deadline this wait passed, if it did.</summary>
public sealed record AwaitedReplyResponse(string Member, DateTimeOffset Since, IReadOnlyList<string> AwaitedBy, string MessageId, DateTimeOffset? OverdueSince)
{
    public bool Overdue => OverdueSince is not null;
}

public sealed record ReplyResponse(
    string By,
    IReadOnlyList<string> AnsweredFor,
    DateTimeOffset WaitingSince,
    DateTimeOffset RepliedAt,
    TimeSpan ReplyTime,
    bool IsDecline);

public sealed record MeetingProposalResponse(
    string MessageId,
    string By,
    string To,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    string Outcome,
    DateTimeOffset? ResolvedAt,
    TimeSpan? ResponseTime);
