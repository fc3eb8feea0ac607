using NetworkingPlatform.ResponseTracking.Conversations;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class ReplyClockTests
{
    [Fact]
    public void A_question_awaits_a_reply_from_its_recipient_since_it_was_sent()
    {
        var timeline = ReplyClock.Run([Message("m1", "ana", "luis", 0)]);

        var awaited = Assert.Single(timeline.Awaiting);
        Assert.Equal("luis", awaited.Member);
        Assert.Equal(Start, awaited.Since);
        Assert.Equal(["ana"], awaited.AwaitedBy);
        Assert.Empty(timeline.Replies);
    }

    [Fact]
    public void A_decline_answers_and_stops_the_clock()
    {
        var timeline = ReplyClock.Run([Message("m1", "ana", "luis", 0, "offer"), Message("m2", "luis", "ana", 5, "decline")]);

        Assert.Empty(timeline.Awaiting);
        var reply = Assert.Single(timeline.Replies);
        Assert.True(reply.IsDecline);
        Assert.Equal(TimeSpan.FromHours(5), reply.ReplyTime);
    }

    [Fact]
    public void A_burst_of_messages_waits_from_the_oldest_unanswered_one()
    {
        var timeline = ReplyClock.Run(
        [
            Message("m1", "ana", "luis", 0, "greeting"),
            Message("m2", "ana", "luis", 2, "question"),
            Message("m3", "ana", "luis", 3, "meeting-proposal"),
            Message("m4", "luis", "ana", 10, "thanks"),
        ]);

        var reply = Assert.Single(timeline.Replies);
        Assert.Equal(Start, reply.WaitingSince);
        Assert.Equal(TimeSpan.FromHours(10), reply.ReplyTime);
        Assert.Equal("m4", reply.ReplyMessageId);
    }

    [Fact]
    public void Messages_that_need_no_reply_start_no_wait()
    {
        var timeline = ReplyClock.Run([Message("m1", "ana", "luis", 0, "thanks")]);

        Assert.Empty(timeline.Awaiting);
        Assert.Empty(timeline.Replies);
    }

    [Fact]
    public void A_message_from_the_sender_does_not_answer_their_own_question()
    {
        var timeline = ReplyClock.Run([Message("m1", "ana", "luis", 0), Message("m2", "ana", "luis", 1, "other")]);

        Assert.Equal("luis", Assert.Single(timeline.Awaiting).Member);
        Assert.Empty(timeline.Replies);
    }

    [Fact]
    public void Each_exchange_has_its_own_reply_time()
    {
        var timeline = ReplyClock.Run(
        [
            Message("m1", "ana", "luis", 0),
            Message("m2", "luis", "ana", 1, "question"),
            Message("m3", "ana", "luis", 4, "other"),
        ]);

        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(3)], timeline.Replies.Select(r => r.ReplyTime));
        Assert.Empty(timeline.Awaiting);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_messages_are_given_in()
    {
        MessageRecorded[] messages =
        [
            Message("m1", "ana", "luis", 0),
            Message("m2", "luis", "ana", 2, "question"),
            Message("m3", "ana", "luis", 3, "decline"),
            Message("m4", "ana", "luis", 5, "offer"),
        ];

        var forward = ReplyClock.Run(messages);
        var backward = ReplyClock.Run(messages.Reverse());

        Assert.Equal(forward.Replies, backward.Replies, ReplyComparer.Instance);
        Assert.Equal(forward.Awaiting.Select(a => (a.Member, a.Since)), backward.Awaiting.Select(a => (a.Member, a.Since)));
    }

    private sealed class ReplyComparer : IEqualityComparer<ReplyRecorded>
    {
        public static readonly ReplyComparer Instance = new();

        public bool Equals(ReplyRecorded? x, ReplyRecorded? y) =>
            x is not null && y is not null && x.ReplyMessageId == y.ReplyMessageId && x.By == y.By
            && x.WaitingSince == y.WaitingSince && x.RepliedAt == y.RepliedAt && x.AnsweredFor.SequenceEqual(y.AnsweredFor);

        public int GetHashCode(ReplyRecorded obj) => obj.ReplyMessageId.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_is_history_when_its_message_is()
    {
        var timeline = ReplyClock.Run([
            Message("m1", "ana", "luis", 0) with { IsHistory = true },
            Message("m2", "luis", "ana", 1, "other") with { IsHistory = true },
            Message("m3", "ana", "luis", 2) with { IsHistory = true },
            Message("m4", "luis", "ana", 3, "other"),
        ]);

        Assert.Equal([("m2", true), ("m4", false)], timeline.Replies.Select(r => (r.ReplyMessageId, r.IsHistory)));
    }

    [Fact]
    public void A_greeting_that_answers_a_wait_is_read_as_a_reply_and_asks_for_nothing()
    {
        var timeline = ReplyClock.Run([
            Message("m1", "valentina", "german", 0, "question"),
            Message("m2", "german", "valentina", 2, "greeting"),
            Message("m3", "german", "sofia", 3, "greeting"),
        ]);

        Assert.Equal(["m2"], timeline.ReadAsReplies);
        Assert.Equal("m2", Assert.Single(timeline.Replies).ReplyMessageId);
        Assert.Equal(("sofia", "m3"), (Assert.Single(timeline.Awaiting).Member, timeline.Awaiting[0].MessageId));
    }
}
