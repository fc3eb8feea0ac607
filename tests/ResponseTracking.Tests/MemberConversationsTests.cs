using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class MemberConversationsTests
{
    private static readonly Dictionary<string, ResponsePromise> NoPromises = [];

    private static Dictionary<string, MemberConversation> Sides(Dictionary<string, ResponsePromise> promises, params MessageRecorded[] messages) =>
        MemberConversations.From(StatusOf(messages), promises).ToDictionary(c => c.Member);

    [Fact]
    public void An_unanswered_question_waits_on_the_recipient_and_the_sender_waits_on_them()
    {
        var sides = Sides(NoPromises, Message("m1", "ana", "luis", 0, "offer"));

        Assert.Equal((Start, "offer", "m1"), (sides["luis"].WaitingOnMemberSince, sides["luis"].WaitingOnMember!.Kind, sides["luis"].WaitingOnMember!.MessageId));
        Assert.Equal(["ana"], sides["luis"].WaitingOnMember!.Members);
        Assert.Null(sides["luis"].WaitingOnOthersSince);
        Assert.Equal(Start, sides["ana"].WaitingOnOthersSince);
        Assert.Equal(["luis"], sides["ana"].WaitingOnOthers!.Members);
        Assert.Null(sides["ana"].WaitingOnMemberSince);
        Assert.Equal(Start, sides["luis"].OwedSince);
        Assert.Null(sides["ana"].OwedSince);
    }

    [Fact]
    public void A_reply_empties_both_views_and_counts_as_an_answer_of_the_recipient()
    {
        var sides = Sides(NoPromises, Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 4, "decline"));

        Assert.Null(sides["luis"].WaitingOnMemberSince);
        Assert.Null(sides["ana"].WaitingOnOthersSince);
        var answer = Assert.Single(sides["luis"].Answers);
        Assert.Equal((Start, Start.AddHours(4), true), (answer.WaitingSince, answer.RepliedAt, answer.IsDecline));
    }

    [Fact]
    public void A_promise_gives_the_owed_reply_a_deadline_in_the_members_business_hours()
    {
        var promises = new Dictionary<string, ResponsePromise>
        {
            ["luis"] = new() { Id = "luis", WithinBusinessDays = 1, TimeZone = "UTC" },
        };

        // Monday 09:00 UTC, one business day of 09:00-17:00: due Monday 17:00.
        var sides = Sides(promises, Message("m1", "ana", "luis", 0));

        Assert.Equal(Start.AddHours(8), sides["luis"].ReplyDueAt);
        Assert.Null(sides["ana"].ReplyDueAt);
    }

    [Fact]
    public void A_deadline_already_noticed_is_not_due_again()
    {
        var promises = new Dictionary<string, ResponsePromise> { ["luis"] = new() { Id = "luis", WithinBusinessDays = 1 } };
        var conversation = Recorded(Message("m1", "ana", "luis", 0));
        conversation.Apply(new ReplyWentOverdue(conversation.Id, "luis", "ana", "m1", "question", "", Start, Start.AddHours(8), Start.AddHours(8)));

        var luis = MemberConversations.From(ConversationStatus.Of(conversation), promises).Single(c => c.Member == "luis");

        Assert.Null(luis.ReplyDueAt);
        Assert.NotNull(luis.WaitingOnMemberSince);
    }
}
