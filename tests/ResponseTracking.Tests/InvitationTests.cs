using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.RecordingMessages;
using static NetworkingPlatform.ResponseTracking.Tests.ConversationBuilder;

namespace NetworkingPlatform.ResponseTracking.Tests;

public class InvitationTests
{
    private static InvitationIngested Invitation(DateTimeOffset? acceptedAt = null) =>
        new(Guid.NewGuid(), "t", Start, "inv-1", "ana", "luis", Start, "Hola Luis, conectemos", "linkedin", acceptedAt);

    [Fact]
    public void A_pending_invitation_is_a_reply_owed_by_the_invitee()
    {
        var status = StatusOf(InvitationIngestedConsumer.ToMessages(Invitation()));

        var awaited = Assert.Single(status.Awaiting);
        Assert.Equal(("luis", Start, "inv-1"), (awaited.Member, awaited.Since, awaited.MessageId));
    }

    [Fact]
    public void Accepting_the_invitation_answers_it_and_seeing_it_again_adds_only_the_acceptance()
    {
        var conversation = Recorded(InvitationIngestedConsumer.ToMessages(Invitation()));

        var events = Record(conversation, InvitationIngestedConsumer.ToMessages(Invitation(Start.AddDays(2))));

        Assert.Single(events.OfType<MessageRecorded>());
        var reply = Assert.Single(events.OfType<ReplyRecorded>());
        Assert.Equal(("luis", TimeSpan.FromDays(2)), (reply.By, reply.ReplyTime));
        Assert.Empty(ConversationStatus.Of(conversation).Awaiting);
    }

    [Fact]
    public void An_invitation_is_a_conversation_of_its_own()
    {
        var messages = InvitationIngestedConsumer.ToMessages(Invitation(Start.AddHours(1)));

        Assert.All(messages, m => Assert.Equal("invitation:inv-1", m.ConversationId));
        Assert.False(messages[1].NeedsReply);
    }
}
