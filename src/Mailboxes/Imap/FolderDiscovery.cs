namespace NetworkingPlatform.Mailboxes.Imap;

/// <summary>
/// The folders a mailbox is synced from: by default INBOX and the folder the server marks <c>\Sent</c> (RFC 6154
/// special use); or the names the member chose, each of which must exist.
/// </summary>
public static class FolderDiscovery
{
    public static async Task<List<MailboxFolder>> Resolve(ImapClient client, IReadOnlyList<string>? chosen, CancellationToken cancellationToken)
    {
        var all = new List<IMailFolder>();
        foreach (var folderNamespace in client.PersonalNamespaces)
        {
            all.AddRange(await client.GetFoldersAsync(folderNamespace, StatusItems.None, subscribedOnly: false, cancellationToken));
        }

        var sent = all.FirstOrDefault(f => f.Attributes.HasFlag(FolderAttributes.Sent));
        if (chosen is not { Count: > 0 })
        {
            if (sent is null)
            {
                throw new ConnectionFailedException(new ConnectionFailure(ConnectionFailure.Folder, "folders",
                    "The server marks no folder as the sent folder (\\Sent). Name the folders to sync, e.g. [\"INBOX\", \"Sent Items\"]."));
            }

            return [new MailboxFolder(client.Inbox.FullName, MailboxFolder.Inbox), new MailboxFolder(sent.FullName, MailboxFolder.Sent)];
        }

        var folders = new List<MailboxFolder>();
        foreach (var name in chosen.Distinct(StringComparer.Ordinal))
        {
            var isInbox = string.Equals(name, "INBOX", StringComparison.OrdinalIgnoreCase);
            var folder = isInbox ? client.Inbox : all.FirstOrDefault(f => f.FullName == name);
            if (folder is null)
            {
                throw new ConnectionFailedException(new ConnectionFailure(ConnectionFailure.Folder, "folders",
                    $"The mailbox has no folder '{name}'. Its folders: {string.Join(", ", all.Select(f => f.FullName).Prepend(client.Inbox.FullName).Distinct())}."));
            }

            var role = folder == client.Inbox ? MailboxFolder.Inbox : folder.Attributes.HasFlag(FolderAttributes.Sent) ? MailboxFolder.Sent : MailboxFolder.Other;
            folders.Add(new MailboxFolder(folder.FullName, role));
        }

        return folders;
    }
}
