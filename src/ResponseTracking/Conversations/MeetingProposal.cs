namespace NetworkingPlatform.ResponseTracking.Conversations;

/// <summary>
/// A meeting proposal and its own reply clock: <see cref="By"/> proposed to <see cref="To"/>; the first later message of
/// <see cref="To"/> resolves it — a decline declines it, a proposal of their own counter-proposes (and starts a new
/// clock), anything else accepts it. Unanswered by <see cref="ExpiresAt"/>, it has expired.
/// </summary>
public sealed record MeetingProposal(
    string MessageId,
    string By,
    string To,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    MeetingOutcome Outcome,
    DateTimeOffset? ResolvedAt,
    string? ResolvedByMessageId)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public TimeSpan? ResponseTime => ResolvedAt - ProposedAt;

    /// <summary>The outcome seen at <paramref name="now"/>: a proposal still pending past its expiry has expired.</summary>
    public MeetingOutcome OutcomeAt(DateTimeOffset now) =>
        Outcome == MeetingOutcome.Pending && now >= ExpiresAt ? MeetingOutcome.Expired : Outcome;
}

public enum MeetingOutcome
{
    Pending,
    Accepted,
    Declined,
    CounterProposed,
    Expired,
}
