namespace NetworkingPlatform.Mailboxes.Seeding;

/// <summary>
/// The demo's fictional threads (<c>seeds/email/INBOX/*.eml</c> and <c>seeds/email/Sent/*.eml</c>), appended to a
/// mailbox with their dates moved together so the newest is two hours old: the threads keep their rhythm, always inside
/// the first sync's window.
/// </summary>
public static class SeedMail
{
    public static readonly TimeSpan NewestAge = TimeSpan.FromHours(2);

    public static async Task<int> Append(ImapClient client, string directory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = client.GetFolder(SpecialFolder.Sent)
            ?? throw new InvalidOperationException("The mailbox has no sent folder (\\Sent) to seed.");
        var messages = new List<(IMailFolder Folder, MimeMessage Message)>();
        foreach (var (folder, name) in new[] { (client.Inbox, "INBOX"), (sent, "Sent") })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(directory, name), "*.eml").Order(StringComparer.Ordinal))
            {
                messages.Add((folder, await MimeMessage.LoadAsync(file, cancellationToken)));
            }
        }

        var shift = now - NewestAge - messages.Max(m => m.Message.Date);
        foreach (var (folder, message) in messages.OrderBy(m => m.Message.Date))
        {
            message.Date += shift;
            await folder.AppendAsync(new AppendRequest(message, MessageFlags.Seen, message.Date), cancellationToken);
        }

        return messages.Count;
    }
}
