namespace NetworkingPlatform.Mailboxes.Listing;

public sealed record MailboxPage(IReadOnlyList<MailboxView> Items, long Page, long PageSize, long Total);
