extern alias mailboxes;
using MimeKit;
using NetworkingPlatform.TestServers;
using SeedMail = mailboxes::NetworkingPlatform.Mailboxes.Seeding.SeedMail;

namespace NetworkingPlatform.Mailboxes.FunctionalTests;

/// <summary>A mailbox of the test's own on a real Dovecot, filled the way mail arrives: IMAP APPEND, with the date it was received.</summary>
public sealed class TestMailbox(string host, int port, string password, string userName)
{
    public TestMailbox(LocalMailServer server) : this(server.Host, server.Port, server.Password, server.NewUserName())
    {
    }

    public string UserName => userName;

    public string Host => host;

    public int Port => port;

    /// <summary>The body of POST /api/v1/mailboxes for this mailbox.</summary>
    public object ConnectRequest(string member, string address, string? otherPassword = null, IReadOnlyList<string>? folders = null) => new
    {
        member,
        address,
        host,
        port,
        tls = "none",
        userName,
        password = otherPassword ?? password,
        folders,
    };

    public async Task<int> Seed(string directory)
    {
        using var client = await Server.Connect(userName);
        return await SeedMail.Append(client, directory, DateTimeOffset.UtcNow, CancellationToken.None);
    }

    public Task Append(string folder, MimeMessage message) => Server.Append(userName, message, intoSent: folder == "Sent");

    public static MimeMessage Email(string from, string to, string subject, string body, string messageId, DateTimeOffset sentAt,
        string? inReplyTo = null, params (string Name, string Value)[] headers)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.MessageId = messageId;
        message.Date = sentAt;
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
            message.References.Add(inReplyTo);
        }

        foreach (var (name, value) in headers)
        {
            message.Headers.Add(name, value);
        }

        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    private LocalMailServer Server => new(host, port, password);
}
