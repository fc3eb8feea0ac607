using NetworkingPlatform.OpportunityMatching.Introductions;

namespace NetworkingPlatform.OpportunityMatching.Tests;

public sealed class IntroductionDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static Introduction Pending(params string[] acceptedBy)
    {
        var introduction = new Introduction();
        introduction.Apply(new IntroductionRequested("i1", "ana", "luis", "o1", "o2", null, Now.AddDays(-1), Now.AddDays(6)));
        foreach (var member in acceptedBy)
        {
            introduction.Apply(new IntroductionAccepted("i1", member, Now.AddHours(-1)));
        }

        return introduction;
    }

    [Fact]
    public void The_second_acceptance_starts_the_conversation_from_the_requester()
    {
        var decided = IntroductionDecision.Answer(Pending("luis"), "ana", accept: true, Now);

        var started = Assert.IsType<IntroductionConversationStarted>(decided[1]);
        Assert.Equal(("ana", "luis", "introduction-i1"), (started.From, started.To, started.ConversationId));
    }

    [Fact]
    public void The_first_acceptance_only_records_it() =>
        Assert.IsType<IntroductionAccepted>(Assert.Single(IntroductionDecision.Answer(Pending(), "luis", accept: true, Now)));

    [Fact]
    public void A_decline_ends_it_even_after_the_other_accepted() =>
        Assert.IsType<IntroductionDeclined>(Assert.Single(IntroductionDecision.Answer(Pending("ana"), "luis", accept: false, Now)));

    [Fact]
    public void Answering_twice_or_too_late_changes_nothing_but_expiry()
    {
        Assert.Empty(IntroductionDecision.Answer(Pending("ana"), "ana", accept: true, Now));
        Assert.IsType<IntroductionExpired>(Assert.Single(IntroductionDecision.Answer(Pending(), "luis", accept: true, Now.AddDays(7))));
        Assert.Empty(IntroductionDecision.Expire(Pending(), Now));
        Assert.Single(IntroductionDecision.Expire(Pending(), Now.AddDays(6)));
    }
}
