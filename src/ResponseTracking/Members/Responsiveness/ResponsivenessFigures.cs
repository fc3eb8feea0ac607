using NetworkingPlatform.ResponseTracking.Members.Promises;

namespace NetworkingPlatform.ResponseTracking.Members.Responsiveness;

/// <summary>
/// A member's responsiveness over the reply-needing conversations they received in the window: the share answered (a
/// decline is an answer), and first-reply and reply times in calendar time and in their business hours.
/// </summary>
public sealed record ResponsivenessFigures(
    int ReplyNeedingReceived,
    int Answered,
    int Declined,
    int Ignored,
    double? ResponseRate,
    ReplyTimeDistribution FirstReplyTime,
    ReplyTimeDistribution ReplyTime,
    ReplyTimeDistribution FirstReplyBusinessTime,
    ReplyTimeDistribution ReplyBusinessTime)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    public static readonly ResponsivenessFigures Empty = Compute([], BusinessHours.Default);

    public ResponsivenessBadge Badge => ResponsivenessBadge.For(ResponseRate, ReplyTime.Median);

    /// <param name="conversations">The answers given in each reply-needing conversation received in the window.</param>
    public static ResponsivenessFigures Compute(IReadOnlyCollection<IReadOnlyList<AnsweredWait>> conversations, BusinessHours hours)
    {
        var firstAnswers = conversations.Where(a => a.Count > 0).Select(a => a[0]).ToList();
        var declined = firstAnswers.Count(a => a.IsDecline);
        var allAnswers = conversations.SelectMany(a => a).ToList();
        return new ResponsivenessFigures(
            conversations.Count,
            firstAnswers.Count - declined,
            declined,
            conversations.Count - firstAnswers.Count,
            conversations.Count == 0 ? null : (double)firstAnswers.Count / conversations.Count,
            ReplyTimeDistribution.Of(firstAnswers.Select(a => a.RepliedAt - a.WaitingSince)),
            ReplyTimeDistribution.Of(allAnswers.Select(a => a.RepliedAt - a.WaitingSince)),
            ReplyTimeDistribution.Of(firstAnswers.Select(a => hours.Between(a.WaitingSince, a.RepliedAt))),
            ReplyTimeDistribution.Of(allAnswers.Select(a => hours.Between(a.WaitingSince, a.RepliedAt))));
    }
}
