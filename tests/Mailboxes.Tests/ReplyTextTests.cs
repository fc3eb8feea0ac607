using NetworkingPlatform.Mailboxes.Email;

namespace NetworkingPlatform.Mailboxes.Tests;

public class ReplyTextTests
{
    [Theory]
    [InlineData("Gracias, me sirve.\n\nEl mar, 3 dic 2026 a las 10:15, Germán Cruz escribió:\n> ¿Te sirve el jueves?", "Gracias, me sirve.")]
    [InlineData("Works for me.\n\nOn Tue, 3 Dec 2026 at 10:15, Ana García\n<ana@example.org> wrote:\n> Does Thursday work?", "Works for me.")]
    [InlineData("Sounds good.\n\n-----Original Message-----\nFrom: Ana\nDoes Thursday work?", "Sounds good.")]
    [InlineData("Perfecto.\n\nDe: Ana García <ana@example.org>\nEnviado: martes, 3 de diciembre\nPara: Germán\n¿Te sirve el jueves?", "Perfecto.")]
    [InlineData("See you there.\n-- \nTom Daugherty\nDaugherty & Co.", "See you there.")]
    [InlineData("Nos vemos.\n\nEnviado desde mi iPhone", "Nos vemos.")]
    public void Quoted_history_and_signatures_are_stripped(string body, string expected)
    {
        Assert.Equal(expected, ReplyText.Strip(body));
    }

    [Fact]
    public void Quoted_lines_left_inside_a_reply_are_dropped_and_the_rest_kept()
    {
        Assert.Equal("About this:\nYes, Thursday.", ReplyText.Strip("About this:\r\n> Does Thursday work?\r\nYes, Thursday."));
    }

    [Fact]
    public void An_html_body_loses_its_quoted_blockquote()
    {
        var text = HtmlText.From("<div>Lo siento, no podremos.</div><div class=\"gmail_quote\"><blockquote>¿Contamos contigo?</blockquote></div>");

        Assert.Equal("Lo siento, no podremos.", ReplyText.Strip(text));
    }
}
