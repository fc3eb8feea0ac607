using NetworkingPlatform.ResponseTracking.Conversations;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class MeetingProposalsTests
{
    [Fact]
    public void A_proposal_without_an_answer_is_pending_until_it_expires()
    {
        var proposal = Assert.Single(MeetingProposals.Track([Message("m1", "ana", "luis", 0, "meeting-proposal")]));

        Assert.Equal(MeetingOutcome.Pending, proposal.OutcomeAt(Start.AddDays(6)));
        Assert.Equal(MeetingOutcome.Expired, proposal.OutcomeAt(Start + MeetingProposal.Lifetime));
    }

    [Fact]
    public void A_reply_of_the_invitee_accepts_the_proposal_with_its_own_response_time()
    {
        var proposals = MeetingProposals.Track([Message("m1", "ana", "luis", 0, "meeting-proposal"), Message("m2", "luis", "ana", 3, "other")]);

        var proposal = Assert.Single(proposals);
        Assert.Equal((MeetingOutcome.Accepted, TimeSpan.FromHours(3)), (proposal.Outcome, proposal.ResponseTime));
    }

    [Fact]
    public void A_decline_declines_the_proposal()
    {
        var proposals = MeetingProposals.Track([Message("m1", "ana", "luis", 0, "meeting-proposal"), Message("m2", "luis", "ana", 1, "decline")]);

        Assert.Equal(MeetingOutcome.Declined, Assert.Single(proposals).Outcome);
    }

    [Fact]
    public void A_counter_proposal_resolves_the_first_and_starts_its_own_clock()
    {
        var proposals = MeetingProposals.Track(
        [
            Message("m1", "ana", "luis", 0, "meeting-proposal"),
            Message("m2", "luis", "ana", 2, "meeting-proposal"),
            Message("m3", "ana", "luis", 7, "other"),
        ]);

        Assert.Equal(2, proposals.Count);
        Assert.Equal((MeetingOutcome.CounterProposed, TimeSpan.FromHours(2)), (proposals[0].Outcome, proposals[0].ResponseTime));
        Assert.Equal(("luis", MeetingOutcome.Accepted, TimeSpan.FromHours(5)), (proposals[1].By, proposals[1].Outcome, proposals[1].ResponseTime));
    }

    [Fact]
    public void An_answer_after_the_proposal_expired_leaves_it_expired()
    {
        var proposals = MeetingProposals.Track([Message("m1", "ana", "luis", 0, "meeting-proposal"), Message("m2", "luis", "ana", 24 * 8, "other")]);

        Assert.Equal(MeetingOutcome.Expired, Assert.Single(proposals).Outcome);
    }

    [Fact]
    public void Messages_of_the_proposer_do_not_resolve_their_own_proposal()
    {
        var proposals = MeetingProposals.Track([Message("m1", "ana", "luis", 0, "meeting-proposal"), Message("m2", "ana", "luis", 1, "other")]);

        Assert.Equal(MeetingOutcome.Pending, Assert.Single(proposals).Outcome);
    }
}
