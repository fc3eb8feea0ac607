using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Conversations.RecordingMessages;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class RecordMessageDecisionTests
{
    private static ConversationStatus Given(params MessageRecorded[] messages)
    {
        var status = new ConversationStatus();
        foreach (var message in messages)
        {
            status.Apply(message);
        }

        return status;
    }

    [Fact]
    public void A_first_message_is_recorded()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = RecordMessageDecision.Decide(null, question);

        Assert.Equal([question], events);
    }

    [Fact]
    public void A_message_already_recorded_appends_nothing()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = RecordMessageDecision.Decide(Given(question), question with { Excerpt = "redelivered" });

        Assert.Empty(events);
    }

    [Fact]
    public void A_reply_is_recorded_with_the_reply_it_completes()
    {
        var reply = Message("m2", "luis", "ana", 2, "other");

        var events = RecordMessageDecision.Decide(Given(Message("m1", "ana", "luis", 0)), reply);

        Assert.Equal(2, events.Count);
        Assert.Equal(reply, events[0]);
        var recorded = Assert.IsType<ReplyRecorded>(events[1]);
        Assert.Equal(("luis", TimeSpan.FromHours(2)), (recorded.By, recorded.ReplyTime));
    }

    [Fact]
    public void A_question_arriving_after_its_reply_completes_that_reply()
    {
        var lateQuestion = Message("m1", "ana", "luis", 0);

        var events = RecordMessageDecision.Decide(Given(Message("m2", "luis", "ana", 2, "other")), lateQuestion);

        var recorded = Assert.IsType<ReplyRecorded>(events[1]);
        Assert.Equal("m2", recorded.ReplyMessageId);
        Assert.Equal(Start, recorded.WaitingSince);
    }

    [Fact]
    public void A_reply_already_recorded_is_not_recorded_again()
    {
        var status = Given(Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 2, "other"));

        var events = RecordMessageDecision.Decide(status, Message("m3", "luis", "ana", 3, "thanks"));

        Assert.Single(events);
    }
}
