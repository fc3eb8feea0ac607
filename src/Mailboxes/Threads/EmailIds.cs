using NetworkingPlatform.Mailboxes.Email;

namespace NetworkingPlatform.Mailboxes.Threads;

/// <summary>
/// The ids an email is known by in the platform, derived from its Message-ID (or, without one, from its content), so
/// every mailbox of a tenant that holds the same email names it the same way, and Ingestion takes it once.
/// </summary>
public static class EmailIds
{
    private const string Prefix = "email-";

    public static string MessageId(ReadEmail email) => Prefix + Hash(email.MessageId ?? $"fingerprint:{email.Fingerprint}", 32);

    public static string MessageIdOf(string rfcMessageId) => Prefix + Hash(rfcMessageId, 32);

    /// <summary>A conversation is named after the Message-ID of the email that started it.</summary>
    public static string ConversationId(string rootMessageId) => Prefix + "thread-" + Hash(rootMessageId, 24);

    /// <summary>What the thread index stores for a Message-ID.</summary>
    public static string IndexKey(string rfcMessageId) => "m:" + Hash(rfcMessageId, 32);

    public static string Hash(string value, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..length];
}
