using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.RecordingMessages;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

/// <summary>Given the events recorded so far, when messages arrive, then these events: no database.</summary>
public class RecordMessagesDecisionTests
{
    private static IReadOnlyList<object> Decide(Conversation? given, params MessageRecorded[] messages) =>
        RecordMessagesDecision.Decide(given ?? new Conversation(), messages);

    [Fact]
    public void A_first_message_is_recorded()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = Decide(null, question);

        Assert.Equal([question], events);
    }

    [Fact]
    public void A_question_waits_on_its_recipient()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0));

        var awaited = Assert.Single(ConversationStatus.Of(conversation).Awaiting);

        Assert.Equal(("luis", Start, "m1"), (awaited.Member, awaited.Since, awaited.MessageId));
        Assert.Equal(["ana"], awaited.AwaitedBy);
    }

    [Fact]
    public void A_message_already_recorded_appends_nothing()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = Decide(Recorded(question), question with { Excerpt = "redelivered" });

        Assert.Empty(events);
    }

    [Fact]
    public void A_reply_is_recorded_with_the_reply_it_completes()
    {
        var reply = Message("m2", "luis", "ana", 2, "other");

        var events = Decide(Recorded(Message("m1", "ana", "luis", 0)), reply);

        Assert.Equal(2, events.Count);
        Assert.Equal(reply, events[0]);
        var recorded = Assert.IsType<ReplyRecorded>(events[1]);
        Assert.Equal(("luis", TimeSpan.FromHours(2)), (recorded.By, recorded.ReplyTime));
    }

    [Fact]
    public void An_answer_ends_the_wait()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0));

        Record(conversation, Message("m2", "luis", "ana", 2, "other"));

        var status = ConversationStatus.Of(conversation);
        Assert.Empty(status.Awaiting);
        Assert.Equal(ConversationState.Answered, status.State);
        Assert.Equal(["ana"], Assert.Single(status.Replies).AnsweredFor);
    }

    [Fact]
    public void In_a_group_an_answer_ends_only_its_sender_s_wait()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0) with { To = ["luis", "sofia"] });

        var events = Record(conversation, Message("m2", "luis", "ana", 1, "other") with { To = ["ana", "sofia"] });

        Assert.Equal("luis", Assert.Single(events.OfType<ReplyRecorded>()).By);
        var awaited = Assert.Single(ConversationStatus.Of(conversation).Awaiting);
        Assert.Equal(("sofia", Start), (awaited.Member, awaited.Since));
    }

    [Fact]
    public void A_question_arriving_after_its_reply_completes_that_reply()
    {
        var lateQuestion = Message("m1", "ana", "luis", 0);

        var events = Decide(Recorded(Message("m2", "luis", "ana", 2, "other")), lateQuestion);

        var recorded = Assert.IsType<ReplyRecorded>(events[1]);
        Assert.Equal("m2", recorded.ReplyMessageId);
        Assert.Equal(Start, recorded.WaitingSince);
    }

    [Fact]
    public void A_reply_already_recorded_is_not_recorded_again()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 2, "other"));

        var events = Decide(conversation, Message("m3", "luis", "ana", 3, "thanks"));

        Assert.Single(events);
    }

    [Fact]
    public void An_earlier_question_arriving_late_moves_a_recorded_reply_s_time_without_recording_it_again()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 2), Message("m2", "luis", "ana", 3, "other"));

        var events = Record(conversation, Message("m0", "ana", "luis", 0));

        Assert.Single(events);
        Assert.Equal(TimeSpan.FromHours(3), Assert.Single(ConversationStatus.Of(conversation).Replies).ReplyTime);
    }

    [Fact]
    public void Deciding_leaves_the_conversation_as_it_was()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0));
        var before = (conversation.Id, conversation.Messages.Count, conversation.Replies.Count, conversation.Overdue.Count);

        var events = Decide(conversation, Message("m2", "luis", "ana", 1, "other"), Message("m3", "ana", "luis", 2));

        Assert.Equal(3, events.Count);
        Assert.Equal(before, (conversation.Id, conversation.Messages.Count, conversation.Replies.Count, conversation.Overdue.Count));
        Assert.Single(ConversationStatus.Of(conversation).Awaiting);
    }

    [Fact]
    public void Applying_the_recorded_events_rebuilds_the_conversation()
    {
        var live = new Conversation();
        var recorded = new List<object>();
        recorded.AddRange(Record(live, Message("m1", "ana", "luis", 0)));
        recorded.AddRange(Record(live, Message("m2", "luis", "ana", 1, "decline")));
        recorded.Add(new ReplyWentOverdue("c-1", "luis", "ana", "m1", "question", string.Empty, Start, Start.AddHours(8), Start.AddHours(9)));

        var rebuilt = new Conversation();
        rebuilt.ApplyAll(recorded);

        Assert.Equal("c-1", rebuilt.Id);
        Assert.Equal(["m1", "m2"], rebuilt.Messages.Select(m => m.MessageId));
        Assert.Equal(["m2"], rebuilt.Replies.Select(r => r.ReplyMessageId));
        Assert.True(rebuilt.WasNoticedOverdue("luis", Start.AddHours(8)));
    }
}

public class RecordMessagesDecisionBatchTests
{
    [Fact]
    public void A_batch_records_a_burst_and_its_reply_together_with_one_reply_event()
    {
        var conversation = new Conversation();

        var events = Record(conversation,
        [
            Message("m1", "ana", "luis", 0, "greeting"),
            Message("m2", "ana", "luis", 1, "question"),
            Message("m3", "luis", "ana", 6, "other"),
        ]);

        Assert.Equal(3, events.OfType<MessageRecorded>().Count());
        var reply = Assert.Single(events.OfType<ReplyRecorded>());
        Assert.Equal((Start, TimeSpan.FromHours(6)), (reply.WaitingSince, reply.ReplyTime));
        Assert.Equal(ConversationState.Answered, ConversationStatus.Of(conversation).State);
    }

    [Fact]
    public void A_batch_repeating_a_message_records_it_once()
    {
        var question = Message("m1", "ana", "luis", 0);

        var events = RecordMessagesDecision.Decide(new Conversation(), [question, question with { Excerpt = "again" }]);

        Assert.Equal([question], events);
    }

    [Fact]
    public void A_batch_of_messages_already_recorded_appends_nothing_and_leaves_the_conversation_as_it_was()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 1, "decline"));

        var events = Record(conversation, Message("m2", "luis", "ana", 1, "decline"));

        Assert.Empty(events);
        Assert.Equal(2, conversation.Messages.Count);
    }
}
