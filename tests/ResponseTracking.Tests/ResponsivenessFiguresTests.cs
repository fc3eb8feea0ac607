using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class ResponsivenessFiguresTests
{
    private static AnsweredWait Answer(double afterHours, double replyHours, bool decline = false) =>
        new(Start.AddHours(afterHours), Start.AddHours(afterHours + replyHours), decline);

    [Fact]
    public void A_decline_is_an_answer_and_an_unanswered_conversation_is_ignored()
    {
        var figures = ResponsivenessFigures.Compute([[Answer(0, 2)], [Answer(0, 4, decline: true)], [], []], BusinessHours.Default);

        Assert.Equal((4, 1, 1, 2), (figures.ReplyNeedingReceived, figures.Answered, figures.Declined, figures.Ignored));
        Assert.Equal(0.5, figures.ResponseRate);
    }

    [Fact]
    public void First_reply_and_reply_times_have_their_own_median_and_p90()
    {
        var figures = ResponsivenessFigures.Compute(
        [
            [Answer(0, 1), Answer(10, 9)],
            [Answer(0, 2)],
            [Answer(0, 3)],
        ], BusinessHours.Default);

        Assert.Equal(TimeSpan.FromHours(2), figures.FirstReplyTime.Median);
        Assert.Equal(TimeSpan.FromHours(2.8), figures.FirstReplyTime.P90);
        Assert.Equal(4, figures.ReplyTime.Count);
        Assert.Equal(TimeSpan.FromHours(2.5), figures.ReplyTime.Median);
    }

    [Fact]
    public void Business_time_leaves_out_nights_and_weekends()
    {
        // Monday 09:00 UTC, answered 24 hours later: one 8-hour working day in UTC 09:00-17:00.
        var figures = ResponsivenessFigures.Compute([[Answer(0, 24)]], BusinessHours.Default);

        Assert.Equal(TimeSpan.FromHours(24), figures.FirstReplyTime.Median);
        Assert.Equal(TimeSpan.FromHours(8), figures.FirstReplyBusinessTime.Median);
    }

    [Fact]
    public void Nothing_owed_gives_no_rate_and_says_so_in_plain_words()
    {
        var figures = ResponsivenessFigures.Compute([], BusinessHours.Default);

        Assert.Null(figures.ResponseRate);
        Assert.Equal("no replies to judge by yet", figures.Badge.En);
    }

    [Theory]
    [InlineData(1.0, 0.5, "usually replies within an hour", "suele responder en menos de una hora")]
    [InlineData(0.9, 20, "usually replies within a day", "suele responder en un día")]
    [InlineData(0.8, 60, "usually replies within a few days", "suele responder en pocos días")]
    [InlineData(0.2, 1, "rarely replies", "rara vez responde")]
    public void The_badge_says_how_the_member_usually_replies(double rate, double medianHours, string en, string es)
    {
        var badge = ResponsivenessBadge.For(rate, TimeSpan.FromHours(medianHours));

        Assert.Equal((en, es), (badge.En, badge.Es));
    }
}
