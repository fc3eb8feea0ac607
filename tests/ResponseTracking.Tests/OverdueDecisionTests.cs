using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Overdue;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class OverdueDecisionTests
{
    private static readonly Dictionary<string, ResponsePromise> LuisPromisesOneDay = new()
    {
        ["luis"] = new() { Id = "luis", WithinBusinessDays = 1, TimeZone = "UTC" },
    };

    private static ConversationStatus Given(params MessageRecorded[] messages) => StatusOf(messages);

    [Fact]
    public void Before_the_deadline_nothing_is_overdue()
    {
        Assert.Empty(OverdueDecision.Decide(Given(Message("m1", "ana", "luis", 0)), LuisPromisesOneDay, Start.AddHours(7.9)));
    }

    [Fact]
    public void Past_the_deadline_the_reply_goes_overdue_once()
    {
        var conversation = Recorded(Message("m1", "ana", "luis", 0, "offer"));

        var overdue = Assert.Single(OverdueDecision.Decide(ConversationStatus.Of(conversation), LuisPromisesOneDay, Start.AddHours(8)));
        conversation.Apply(overdue);

        Assert.Equal(("luis", "ana", "m1", "offer", Start.AddHours(8)), (overdue.Member, overdue.WaitingMember, overdue.MessageId, overdue.Kind, overdue.Deadline));
        Assert.Empty(OverdueDecision.Decide(ConversationStatus.Of(conversation), LuisPromisesOneDay, Start.AddDays(3)));
    }

    [Fact]
    public void An_answered_conversation_or_a_member_without_a_promise_is_never_overdue()
    {
        Assert.Empty(OverdueDecision.Decide(Given(Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 30, "decline")), LuisPromisesOneDay, Start.AddDays(5)));
        Assert.Empty(OverdueDecision.Decide(Given(Message("m1", "luis", "ana", 0)), LuisPromisesOneDay, Start.AddDays(5)));
    }

    [Fact]
    public void A_new_wait_after_an_answer_gets_its_own_deadline()
    {
        var status = Given(Message("m1", "ana", "luis", 0), Message("m2", "luis", "ana", 1, "other"), Message("m3", "ana", "luis", 24));

        var overdue = Assert.Single(OverdueDecision.Decide(status, LuisPromisesOneDay, Start.AddDays(3)));

        Assert.Equal(("m3", Start.AddHours(24 + 8)), (overdue.MessageId, overdue.Deadline));
    }

    [Fact]
    public void A_wait_on_history_goes_overdue_as_history_until_a_live_message_joins_it()
    {
        var imported = Given(Message("m1", "ana", "luis", 0) with { IsHistory = true });
        var followedUp = Given(Message("m1", "ana", "luis", 0) with { IsHistory = true }, Message("m2", "ana", "luis", 2));

        Assert.True(Assert.Single(OverdueDecision.Decide(imported, LuisPromisesOneDay, Start.AddDays(3))).IsHistory);
        Assert.False(Assert.Single(OverdueDecision.Decide(followedUp, LuisPromisesOneDay, Start.AddDays(3))).IsHistory);
    }
}
