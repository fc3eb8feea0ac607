using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// The machine's Dovecot that scripts/infra.sh runs on loopback: any user name logs in with <see cref="Password"/>, so
/// each test takes a mailbox of its own by choosing a new user name.
/// </summary>
public sealed record LocalMailServer(string Host, int Port, string Password)
{
    public static LocalMailServer Load()
    {
        var values = LocalServers.ReadCredentialsFile();
        string Get(string name) => Environment.GetEnvironmentVariable(name) ?? values.GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"{name} is not set: run scripts/infra.sh, which starts the mail server and writes its password.");
        return new LocalMailServer(Get("NP_MAIL_HOST"), int.Parse(Get("NP_MAIL_PORT")), Get("NP_MAIL_PASSWORD"));
    }

    public string NewUserName() => $"t-{Guid.NewGuid():N}@mail.test";

    /// <summary>Logs in as <paramref name="userName"/> over plain IMAP (loopback only).</summary>
    public async Task<ImapClient> Connect(string userName)
    {
        var client = new ImapClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(userName, Password);
        return client;
    }

    /// <summary>Files a message the way mail arrives (IMAP APPEND, with the date it was received), in INBOX or the sent folder.</summary>
    public async Task Append(string userName, MimeMessage message, bool intoSent = false)
    {
        using var client = await Connect(userName);
        var target = intoSent ? client.GetFolder(SpecialFolder.Sent)! : client.Inbox;
        await target.AppendAsync(new AppendRequest(message, MessageFlags.None, message.Date));
        await client.DisconnectAsync(true);
    }

    /// <summary>Empties a user's INBOX and sent folder: a benchmark's mail would only fill the disk.</summary>
    public async Task Empty(string userName)
    {
        using var client = await Connect(userName);
        foreach (var folder in new[] { client.Inbox, client.GetFolder(SpecialFolder.Sent)! })
        {
            await folder.OpenAsync(FolderAccess.ReadWrite);
            if (folder.Count > 0)
            {
                await folder.StoreAsync(new UniqueIdRange(UniqueId.MinValue, UniqueId.MaxValue), new StoreFlagsRequest(StoreAction.Add, MessageFlags.Deleted) { Silent = true });
                await folder.ExpungeAsync();
            }

            await folder.CloseAsync();
        }

        await client.DisconnectAsync(true);
    }
}
