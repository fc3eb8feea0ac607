using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// A member's mailbox of fictional threads, half in Spanish and half in English: a contact writes, the member answers
/// from their sent folder, and so on for one to six emails, replies quoting what they answer and signed; some threads
/// end on a question still waiting. The dates spread over the last eleven months, inside the first sync's window.
/// </summary>
public static class FictionalMailbox
{
    public const string MemberAddress = "ines@consultora.test";

    private const int AppendChunk = 500;

    private static readonly string[] SpanishOpenings =
    [
        "¿Podemos agendar una llamada la próxima semana para revisar la propuesta?",
        "¿Te interesaría colaborar en el proyecto de analítica del segundo trimestre?",
        "¿Me podrías enviar la cotización actualizada de los servicios?",
        "Hola, ¿tienes disponibilidad para un taller con el equipo de ventas?",
    ];

    private static readonly string[] SpanishReplies =
    [
        "Claro, el martes a las 10 me queda bien. ¿Te parece?",
        "Gracias por escribir. Te mando la cotización mañana.",
        "No, gracias, por ahora no tenemos presupuesto para eso.",
        "Perfecto, quedamos así. ¿Confirmas la sala?",
    ];

    private static readonly string[] EnglishOpenings =
    [
        "Could we set up a call next week to go over the proposal?",
        "Would you be interested in joining the data platform project?",
        "Can you send me the updated quote for the services?",
        "Hi, do you have time for a workshop with the sales team?",
    ];

    private static readonly string[] EnglishReplies =
    [
        "Sure, Tuesday at 10 works for me. Does that suit you?",
        "Thanks for reaching out. I will send the quote tomorrow.",
        "No, thanks, we have no budget for that right now.",
        "Great, let's do that. Can you confirm the room?",
    ];

    /// <summary>Writes about <paramref name="messages"/> emails in threads into the user's INBOX and sent folder; returns how many.</summary>
    public static async Task<int> Fill(ImapClient client, int messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var inbox = new List<IAppendRequest>();
        var sent = new List<IAppendRequest>();
        var first = now.AddDays(-330);
        var spacing = TimeSpan.FromTicks((now.AddHours(-3) - first).Ticks / messages);
        var written = 0;
        for (var thread = 0; written < messages; thread++)
        {
            var length = Math.Min(1 + thread % 6, messages - written);
            var spanish = thread % 2 == 0;
            var contact = new MailboxAddress(spanish ? $"Contacto {thread % 400}" : $"Contact {thread % 400}", $"contact{thread % 400}@cliente{thread % 37}.test");
            var subject = spanish ? $"Propuesta {thread}" : $"Proposal {thread}";
            Earlier? previous = null;
            for (var position = 0; position < length; position++, written++)
            {
                var fromMember = position % 2 == 1;
                var text = (spanish, fromMember) switch
                {
                    (true, false) => SpanishOpenings[(thread + position) % SpanishOpenings.Length],
                    (true, true) => SpanishReplies[(thread + position) % SpanishReplies.Length],
                    (false, false) => EnglishOpenings[(thread + position) % EnglishOpenings.Length],
                    (false, true) => EnglishReplies[(thread + position) % EnglishReplies.Length],
                };
                var email = Email(first + spacing * written, thread, position, fromMember ? null : contact, fromMember ? contact : null, subject, text, spanish, previous);
                (fromMember ? sent : inbox).Add(new AppendRequest(email, MessageFlags.Seen, email.Date));
                previous = new Earlier(email.MessageId!, [.. email.References, email.MessageId!], email.Date, email.From.ToString(), email.TextBody ?? string.Empty);
            }
        }

        var sentFolder = client.GetFolder(SpecialFolder.Sent) ?? throw new InvalidOperationException("The mailbox has no sent folder (\\Sent).");
        foreach (var (folder, requests) in new[] { (client.Inbox, inbox), (sentFolder, sent) })
        {
            foreach (var chunk in requests.Chunk(AppendChunk))
            {
                // MULTIAPPEND where the server has it: one command for the whole chunk.
                await folder.AppendAsync(chunk, cancellationToken);
            }
        }

        return written;
    }

    /// <summary>A new question from a contact, starting a thread of its own.</summary>
    public static MimeMessage NewQuestion(int number, DateTimeOffset at)
    {
        var spanish = number % 2 == 0;
        var contact = new MailboxAddress($"Nuevo {number}", $"new{number}@cliente.test");
        return Email(at, -1 - number, 0, contact, null, spanish ? $"Consulta {number}" : $"Question {number}",
            spanish ? SpanishOpenings[number % SpanishOpenings.Length] : EnglishOpenings[number % EnglishOpenings.Length], spanish, null);
    }

    private static MimeMessage Email(DateTimeOffset at, int thread, int position, MailboxAddress? from, MailboxAddress? to, string subject, string text,
        bool spanish, Earlier? previous)
    {
        var member = new MailboxAddress("Inés Rojas", MemberAddress);
        var email = new MimeMessage
        {
            Subject = previous is null ? subject : $"Re: {subject}",
            Date = at,
            MessageId = $"t{thread}.m{position}.{Guid.NewGuid():N}@{(from is null ? "consultora" : "cliente")}.test",
        };
        email.From.Add(from ?? member);
        email.To.Add(to ?? member);
        var body = text + (spanish ? "\n\nSaludos,\n" : "\n\nBest regards,\n") + (from?.Name ?? member.Name);
        if (previous is not null)
        {
            email.InReplyTo = previous.MessageId;
            email.References.AddRange(previous.Thread);
            var quoted = string.Join('\n', previous.Text.Split('\n').Select(line => "> " + line));
            body += spanish
                ? $"\n\nEl {previous.Date:dd/MM/yyyy HH:mm}, {previous.From} escribió:\n{quoted}"
                : $"\n\nOn {previous.Date:MMM d, yyyy HH:mm}, {previous.From} wrote:\n{quoted}";
        }

        email.Body = new TextPart("plain") { Text = body };
        return email;
    }

    /// <summary>The email a reply answers: what the reply refers to and quotes.</summary>
    private sealed record Earlier(string MessageId, IReadOnlyList<string> Thread, DateTimeOffset Date, string From, string Text);
}
