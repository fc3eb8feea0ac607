using NetworkingPlatform.Mailboxes.Email;
using NetworkingPlatform.Mailboxes.Intake;
using NetworkingPlatform.Mailboxes.People;
using NetworkingPlatform.Mailboxes.Threads;

namespace NetworkingPlatform.Mailboxes.Syncing;

/// <summary>
/// Takes a batch of emails read from one folder into the platform: sets aside what is no conversation, puts the rest
/// into conversations, turns addresses into handles and hands them to Ingestion; the thread index learns only after.
/// </summary>
public sealed class MailboxIntake(IDocumentStore store, ThreadIndex threads, IngestionIntake ingestion)
{
    private const int MaxSubjectLength = 500;
    private const int MaxNameLength = 200;
    private const int MaxRecipients = 100;

    public async Task<BatchResult> Take(Mailbox mailbox, MailboxFolder folder, IReadOnlyList<ReadEmail> emails, IReadOnlyCollection<string> memberAddresses,
        bool history, CancellationToken cancellationToken)
    {
        var result = new BatchResult();
        foreach (var email in emails.Where(e => e.NotTracked is not null))
        {
            result.NotTracked.Count(email.NotTracked!);
        }

        var tracked = emails.Where(e => e.NotTracked is null).ToList();
        var own = new HashSet<string>(memberAddresses, StringComparer.Ordinal);
        if (folder.IsSent)
        {
            // Whatever address the member sends from is theirs: aliases answer their waits like the main address.
            foreach (var from in tracked.Select(e => e.From).OfType<MimeKit.MailboxAddress>().Select(AddressBook.Normalize).Where(a => a.Length > 0))
            {
                if (own.Add(from))
                {
                    result.NewMemberAddresses.Add(from);
                }
            }
        }

        if (tracked.Count == 0)
        {
            return result;
        }

        AddressBook book;
        await using (var session = store.QuerySession(mailbox.TenantId))
        {
            book = await AddressBook.Load(session, mailbox.Member, own,
                tracked.SelectMany(e => e.To.Concat(e.Cc).Append(e.From)).OfType<MimeKit.MailboxAddress>(), cancellationToken);
        }

        var (conversations, learned) = await threads.Assign(mailbox.TenantId, tracked, cancellationToken);
        var messages = new List<EmailMessage>(tracked.Count);
        for (var i = 0; i < tracked.Count; i++)
        {
            if (ToMessage(tracked[i], conversations[i], book, folder, mailbox.Member) is { } message)
            {
                messages.Add(message);
            }
            else
            {
                result.Refuse("to: no recipient other than the sender");
            }
        }

        if (messages.Count > 0)
        {
            var outcome = await ingestion.Take(mailbox.TenantId, mailbox.Id, messages, history, cancellationToken);
            result.Taken += outcome.Taken;
            result.Duplicates += outcome.Duplicates;
            foreach (var reason in outcome.Refused.Values)
            {
                result.Refuse(reason);
            }
        }

        await threads.Save(mailbox.TenantId, learned, cancellationToken);
        return result;
    }

    private static EmailMessage? ToMessage(ReadEmail email, string conversationId, AddressBook book, MailboxFolder folder, string member)
    {
        var from = folder.IsSent || email.From is null ? member : book.HandleOf(email.From);
        var addressed = email.To.Count > 0 ? email.To : email.Cc;
        var recipients = addressed.Select(a => (Handle: book.HandleOf(a), a.Name)).ToList();
        // Mail in the inbox reached the member even when it names them in neither To nor Cc (Bcc, an alias).
        if (!folder.IsSent && from != member && !email.To.Concat(email.Cc).Any(book.IsMember))
        {
            recipients.Add((member, null));
        }

        var to = recipients.Where(r => r.Handle != from && r.Handle.Length > 0).DistinctBy(r => r.Handle).Take(MaxRecipients).ToList();
        if (to.Count == 0)
        {
            return null;
        }

        return new EmailMessage(
            conversationId,
            EmailIds.MessageId(email),
            from,
            [.. to.Select(r => r.Handle)],
            email.SentAt,
            SubjectToClassify(email),
            email.Text,
            email.InReplyTo is { } parent ? EmailIds.MessageIdOf(parent) : null,
            Name(email.From?.Name),
            [.. to.Select(r => Name(r.Name))]);
    }

    /// <summary>
    /// Ingestion reads the subject with the body: a reply's "Re: Coffee next week?" repeats the question it answers,
    /// so only a thread's first email gives its subject (the conversation's title).
    /// </summary>
    private static string? SubjectToClassify(ReadEmail email) =>
        email.Subject.Length == 0 || SubjectKey.IsReply(email.Subject) || email.InReplyTo is not null || email.References.Count > 0
            ? null
            : email.Subject[..Math.Min(email.Subject.Length, MaxSubjectLength)];

    private static string? Name(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim()[..Math.Min(name.Trim().Length, MaxNameLength)];
}
