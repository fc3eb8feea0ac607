using NetworkingPlatform.ResponseTracking.People;

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
    IReadOnlyList<MeetingProposalResponse> MeetingProposals,
    string Title,
    IReadOnlyList<PersonName> People)
{
    /// <param name="viewer">The member asking, left out of the title; null for an integration.</param>
    public static ConversationStatusResponse From(ConversationStatus status, DateTimeOffset now, PeopleNames names, string? viewer) => new(
        status.Id,
        status.State switch
        {
            ConversationState.AwaitingReply => "awaiting-reply",
            ConversationState.Answered => "answered",
            _ => "no-reply-needed",
        },
        [.. status.Awaiting.Select(a => new AwaitedReplyResponse(a.Member, a.Since, a.AwaitedBy, a.MessageId,
            status.Overdue.Where(o => o.Member == a.Member && o.WaitingSince == a.Since).Select(o => (DateTimeOffset?)o.Deadline).Max(), names.Of(a.Member)))],
        status.Messages.Count,
        status.FirstMessageAt,
        status.LastMessageAt,
        status.FirstReplyTime,
        status.LastReplyTime,
        [.. status.Replies.Select(r => new ReplyResponse(r.By, r.AnsweredFor, r.WaitingSince, r.RepliedAt, r.ReplyTime, r.IsDecline, names.Of(r.By)))],
        [.. status.Proposals.Select(p => new MeetingProposalResponse(p.MessageId, p.By, p.To, p.ProposedAt, p.ExpiresAt,
            Kebab(p.OutcomeAt(now)), p.ResolvedAt, p.ResponseTime))],
        names.Title(status.Subject, status.Participants, viewer),
        [.. status.Participants.Order(StringComparer.Ordinal).Select(p => new PersonName(p, names.Of(p)))]);

    private static string Kebab(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.CounterProposed => "counter-proposed",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}

/// <summary><see cref="OverdueSince"/> is the promised deadline this wait passed, if it did; <see cref="DisplayName"/> is <see cref="Member"/>'s name.</summary>
public sealed record AwaitedReplyResponse(
    string Member, DateTimeOffset Since, IReadOnlyList<string> AwaitedBy, string MessageId, DateTimeOffset? OverdueSince, string DisplayName)
{
    public bool Overdue => OverdueSince is not null;
}

public sealed record ReplyResponse(
    string By,
    IReadOnlyList<string> AnsweredFor,
    DateTimeOffset WaitingSince,
    DateTimeOffset RepliedAt,
    TimeSpan ReplyTime,
    bool IsDecline,
    string DisplayName);

public sealed record MeetingProposalResponse(
    string MessageId,
    string By,
    string To,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    string Outcome,
    DateTimeOffset? ResolvedAt,
    TimeSpan? ResponseTime);
