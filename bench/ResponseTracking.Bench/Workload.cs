using NetworkingPlatform.Contracts.Ingestion;

namespace NetworkingPlatform.ResponseTracking.Bench;

/// <summary>
/// Conversations as an import brings them: a reply-needing opener, a burst, and usually an answer (sometimes a
/// decline), between members of a fixed pool, chunked into batches the way Ingestion publishes them.
/// </summary>
public sealed class Workload(string tenant, int members)
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly Random random = new(42);
    private int conversations;

    public IEnumerable<MessageIngested> Conversation(string? to = null)
    {
        var id = $"c{Interlocked.Increment(ref conversations)}";
        var a = $"m{random.Next(members)}";
        var b = to ?? $"m{(random.Next(1, members) + int.Parse(a[1..])) % members}";
        var sent = Start.AddMinutes(random.Next(0, 60 * 24 * 50));
        yield return Message(id, "1", a, b, sent, "question", true);
        yield return Message(id, "2", a, b, sent.AddMinutes(5), "greeting", true);
        var answer = random.Next(10);
        if (answer < 7)
        {
            yield return Message(id, "3", b, a, sent.AddMinutes(random.Next(10, 60 * 48)), answer == 0 ? "decline" : "other", false);
        }
        else
        {
            yield return Message(id, "3", a, b, sent.AddMinutes(20), "offer", true);
        }
    }

    public MessagesIngested Batch(IEnumerable<MessageIngested> messages) => new(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, [.. messages]);

    public IEnumerable<MessagesIngested> Batches(int messageCount, int batchSize) =>
        Enumerable.Range(0, int.MaxValue).SelectMany(_ => Conversation()).Take(messageCount).Chunk(batchSize).Select(Batch);

    public MessagesIngested Single(string conversation) =>
        Batch([Message(conversation, "1", "m0", "m1", Start, "question", true)]);

    private MessageIngested Message(string conversation, string n, string from, string to, DateTimeOffset sent, string kind, bool needsReply) =>
        new(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, conversation, $"{conversation}-{n}", from, [to], sent, null,
            $"{kind} {conversation}", kind, needsReply, "linkedin", null);
}
