using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.RecordingMessages;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class RecordMessagesDecisionTests
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

    private static IReadOnlyList<object> Decide(ConversationStatus? current, params MessageRecorded[] messages) =>
        RecordMessagesDecision.Decide(current ?? new ConversationStatus(), messages);

    [Fact]
    public void A_first_message_is_recorded()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = Decide(null, question);

        Assert.Equal([question], events);
    }

    [Fact]
    public void A_message_already_recorded_appends_nothing()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = Decide(Given(question), question with { Excerpt = "redelivered" });

        Assert.Empty(events);
    }

    [Fact]
    public void A_reply_is_recorded_with_the_reply_it_completes()
    {
        var reply = Message("m2", "luis", "ana", 2, "other");

        var events = Decide(Given(Message("m1", "ana", "luis", 0)), reply);

        Assert.Equal(2, events.Count);
        Assert.Equal(reply, events[0]);
        var recorded = Assert.IsType<ReplyRecorded>(events[1]);
        Assert.Equal(("luis", TimeSpan.FromHours(2)), (recorded.By, recorded.ReplyTime));
    }

    [Fact]
    public void A_question_arriving_after_its_reply_completes_that_reply()
    {
        var lateQuestion = Message("m1", "ana", "luis", 0);

        var events = Decide(Given(Message("m2", "luis", "ana", 2, "other")), lateQuestion);

        var recorded = Assert.IsType<ReplyRecorded>(events[1]);
        Assert.Equal("m2", recorded.ReplyMessageId);
        Assert.Equal(Start, recorded.WaitingSince);
    }

    [Fact]
    public void A_reply_already_recorded_is_not_recorded_again()
    {
        var status = Given(Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 2, "other"));

        var events = Decide(status, Message("m3", "luis", "ana", 3, "thanks"));

        Assert.Single(events);
    }
}

public class RecordMessagesDecisionBatchTests
{
    [Fact]
    public void A_batch_records_a_burst_and_its_reply_together_with_one_reply_event()
    {
        var status = new ConversationStatus();

        var events = RecordMessagesDecision.Decide(status,
        [
            Message("m1", "ana", "luis", 0, "greeting"),
            Message("m2", "ana", "luis", 1, "question"),
            Message("m3", "luis", "ana", 6, "other"),
        ]);

        Assert.Equal(3, events.OfType<MessageRecorded>().Count());
        var reply = Assert.Single(events.OfType<ReplyRecorded>());
        Assert.Equal((Start, TimeSpan.FromHours(6)), (reply.WaitingSince, reply.ReplyTime));
        Assert.Equal(ConversationState.Answered, status.State);
    }

    [Fact]
    public void A_batch_repeating_a_message_records_it_once()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = RecordMessagesDecision.Decide(new ConversationStatus(), [question, question with { Excerpt = "again" }]);

        Assert.Equal([question], events);
    }

    [Fact]
    public void A_batch_of_messages_already_recorded_appends_nothing_and_leaves_the_status_as_it_was()
    {
        var status = new ConversationStatus();
        RecordMessagesDecision.Decide(status, [Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 1, "decline")]);

        var events = RecordMessagesDecision.Decide(status, [Message("m2", "luis", "ana", 1, "decline")]);

        Assert.Empty(events);
        Assert.Equal(2, status.Messages.Count);
    }
}
