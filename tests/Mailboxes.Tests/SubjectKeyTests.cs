using MimeKit;
using NetworkingPlatform.Mailboxes.Email;
using NetworkingPlatform.Mailboxes.Threads;

namespace NetworkingPlatform.Mailboxes.Tests;

public class SubjectKeyTests
{
    private static ReadEmail Email(string from, string to, string subject) =>
        new(1, null, null, [], MailboxAddress.Parse(from), [MailboxAddress.Parse(to)], [], DateTimeOffset.UnixEpoch, subject, "", null, "");

    [Theory]
    [InlineData("RE: Re: Presupuesto 2027", "presupuesto 2027")]
    [InlineData("RV: Fwd:  Presupuesto   2027", "presupuesto 2027")]
    [InlineData("AW[2]: Presupuesto 2027", "presupuesto 2027")]
    public void Reply_and_forward_prefixes_are_not_the_topic(string subject, string topic)
    {
        Assert.Equal(topic, SubjectKey.Topic(subject));
        Assert.True(SubjectKey.IsReply(subject));
    }

    [Fact]
    public void A_reply_by_subject_joins_the_same_people_only()
    {
        var question = Email("mariana@cumbre.example", "german@conecta.example", "Presupuesto 2027");
        var answer = Email("German@Conecta.example", "mariana@cumbre.example", "Re: Presupuesto 2027");
        var otherPeople = Email("german@conecta.example", "lucia@andina.example", "Re: Presupuesto 2027");

        Assert.Equal(SubjectKey.Of(question), SubjectKey.Of(answer));
        Assert.NotEqual(SubjectKey.Of(question), SubjectKey.Of(otherPeople));
        Assert.False(SubjectKey.IsReply(question.Subject));
    }

    [Fact]
    public void Ids_depend_on_the_message_id_only()
    {
        Assert.Equal(EmailIds.MessageIdOf("a@x.test"), EmailIds.MessageIdOf("a@x.test"));
        Assert.NotEqual(EmailIds.ConversationId("a@x.test"), EmailIds.ConversationId("b@x.test"));
        Assert.StartsWith("email-thread-", EmailIds.ConversationId("a@x.test"));
    }
}
