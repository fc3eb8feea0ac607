namespace NetworkingPlatform.Mailboxes;

/// <summary>The PostgreSQL schema that holds the service's documents and its thread index.</summary>
public static class MailboxesSchema
{
    public const string Name = "mailboxes";
}
