using MimeKit;
using NetworkingPlatform.Mailboxes.Email;

namespace NetworkingPlatform.Mailboxes.Tests;

public class NotTrackedReasonsTests
{
    private static string? ReasonFor(string from, string subject, params (string Name, string Value)[] headers)
    {
        var message = new MimeMessage { Subject = subject };
        var sender = MailboxAddress.Parse(from);
        message.From.Add(sender);
        foreach (var (name, value) in headers)
        {
            message.Headers.Add(name, value);
        }

        return NotTrackedReasons.Of(message, sender);
    }

    [Theory]
    [InlineData("Re: Propuesta", "Auto-Submitted", "auto-replied")]
    [InlineData("Out of Office: Proposal", "X-Mailer", "Outlook")]
    [InlineData("Respuesta automática: Presupuesto", "X-Mailer", "Outlook")]
    [InlineData("Re: Taller", "Precedence", "auto_reply")]
    public void Auto_replies_are_recognised_by_header_or_subject(string subject, string header, string value)
    {
        Assert.Equal(NotTrackedReasons.AutoReply, ReasonFor("ana@cliente.test", subject, (header, value)));
    }

    [Theory]
    [InlineData("List-Unsubscribe", "<mailto:baja@revista.test>")]
    [InlineData("List-Id", "<novedades.revista.test>")]
    [InlineData("Precedence", "bulk")]
    public void Lists_and_newsletters_are_recognised_by_their_headers(string header, string value)
    {
        Assert.Equal(NotTrackedReasons.List, ReasonFor("news@revista.test", "Novedades de noviembre", (header, value)));
    }

    [Theory]
    [InlineData("noreply@banco.test")]
    [InlineData("no-reply@facturas.test")]
    [InlineData("do_not_reply@tienda.test")]
    [InlineData("MAILER-DAEMON@mail.test")]
    public void Senders_nobody_can_answer_are_no_reply(string from)
    {
        Assert.Equal(NotTrackedReasons.NoReply, ReasonFor(from, "Your statement"));
    }

    [Theory]
    [InlineData("ana@cliente.test", "Re: Propuesta")]
    [InlineData("noreen@cliente.test", "Replying to your note")]
    public void A_person_writing_is_tracked(string from, string subject)
    {
        Assert.Null(ReasonFor(from, subject, ("Auto-Submitted", "no")));
    }
}
