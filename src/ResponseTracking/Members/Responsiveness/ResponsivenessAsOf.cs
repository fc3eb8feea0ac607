using NetworkingPlatform.ResponseTracking.Members.Promises;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// A member's figures as they stood at a past moment, by message time: the reply-needing conversations received in the
/// 90 days before it, counting only the replies sent by then. Computed from the member's sides, never kept: a question
/// about the end of a quarter is asked now and then, not on every page.
/// </summary>
public static class ResponsivenessAsOf
{
    public static async Task<ResponsivenessFigures> Compute(
        IQuerySession session, string member, DateTimeOffset asOf, BusinessHours hours, CancellationToken cancellationToken)
    {
        var from = asOf - ResponsivenessFigures.Window;
        var sides = await session.Query<MemberConversation>()
            .Where(c => c.Member == member && c.OwedSince >= from && c.OwedSince < asOf)
            .ToListAsync(cancellationToken);
        return ResponsivenessFigures.Compute(
            [.. sides.Select(side => (IReadOnlyList<AnsweredWait>)[.. side.Answers.Where(answer => answer.RepliedAt <= asOf)])], hours);
    }
}
