using System.Collections.Concurrent;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// Everything the driver learnt from the platform's answers: which messages were accepted, which requests failed and
/// how, and the latencies. What the platform must show afterwards is derived from it (see <see cref="Expectations"/>).
/// </summary>
public sealed class Ledger
{
    private const int KeptFailures = 20;
    private readonly ConcurrentDictionary<(string Tenant, string MessageId), AcceptedMessage> accepted = new();
    private readonly ConcurrentDictionary<(string Tenant, string MessageId), PlannedMessage> unsure = new();
    private readonly ConcurrentQueue<string> failures = new();
    private long planned;
    private long requests;
    private long retriedRequests;
    private long gaveUp;
    private long refused;
    private long clientRetries;
    private long replayMismatches;
    private long reportedDuplicates;
    private long readFailures;
    private long unreadable;
    private long notVisible;
    private long lastAnsweredAt;

    public LatencyLog Posts { get; } = new();

    public LatencyLog Batches { get; } = new();

    public LatencyLog Reads { get; } = new();

    public LatencyLog Visible { get; } = new();

    public IReadOnlyCollection<AcceptedMessage> Accepted => [.. accepted.Values];

    public long AcceptedCount => accepted.Count;

    /// <summary>Messages whose client gave up without an answer: the platform may or may not have taken them.</summary>
    public IReadOnlyCollection<PlannedMessage> Unsure => [.. unsure.Values];

    /// <summary>Messages the clients set out to send, each once however many times it was retried.</summary>
    public long PlannedCount => Interlocked.Read(ref planned);

    /// <summary>Messages a client set out to send that the platform never accepted: gave up on, or refused.</summary>
    public long NeverAccepted => PlannedCount - AcceptedCount;

    public long Requests => Interlocked.Read(ref requests);

    public long RetriedRequests => Interlocked.Read(ref retriedRequests);

    public long GaveUp => Interlocked.Read(ref gaveUp);

    public long Refused => Interlocked.Read(ref refused);

    public long ClientRetries => Interlocked.Read(ref clientRetries);

    public long ReplayMismatches => Interlocked.Read(ref replayMismatches);

    /// <summary>First sends the platform answered as duplicates: the driver never repeats a message id, so none are expected.</summary>
    public long ReportedDuplicates => Interlocked.Read(ref reportedDuplicates);

    public long ReadFailures => Interlocked.Read(ref readFailures);

    /// <summary>Successes whose body was not an answer (see <see cref="Unreadable"/>).</summary>
    public long UnreadableAnswers => Interlocked.Read(ref unreadable);

    public long NotVisible => Interlocked.Read(ref notVisible);

    public IReadOnlyCollection<string> Failures => [.. failures];

    /// <summary>When the last request got its final answer (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
    public long LastAnsweredAt => Interlocked.Read(ref lastAnsweredAt);

    public void Planned(int messages) => Interlocked.Add(ref planned, messages);

    public void Sent(SendOutcome outcome)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        long last;
        while ((last = Interlocked.Read(ref lastAnsweredAt)) < now && Interlocked.CompareExchange(ref lastAnsweredAt, now, last) != last)
        {
        }

        Interlocked.Increment(ref requests);
        if (outcome.Attempts > 1)
        {
            Interlocked.Increment(ref retriedRequests);
        }

        if (outcome.GaveUp)
        {
            Interlocked.Increment(ref gaveUp);
            Keep($"gave up after {outcome.Attempts} attempts ({outcome.LastError}): {Shorten(outcome.Body)}");
        }
        else if (outcome.Refused)
        {
            Interlocked.Increment(ref refused);
            Keep($"refused {(int)outcome.Status!}: {Shorten(outcome.Body)}");
        }
    }

    public void GaveUpOn(PlannedMessage message) => unsure[(message.Tenant.Id, message.MessageId)] = message;

    public void Accept(AcceptedMessage message, bool reportedDuplicate)
    {
        if (reportedDuplicate)
        {
            Interlocked.Increment(ref reportedDuplicates);
            Keep($"first send of {message.Planned.MessageId} answered as a duplicate");
        }

        accepted[(message.TenantId, message.Planned.MessageId)] = message;
    }

    public void ClientRetried(bool sameAnswer)
    {
        Interlocked.Increment(ref clientRetries);
        if (!sameAnswer)
        {
            Interlocked.Increment(ref replayMismatches);
            Keep("a retry with the same Idempotency-Key got a different answer");
        }
    }

    /// <summary>A success whose body is not an answer: the client cannot tell what was taken, so counts nothing as taken.</summary>
    public void Unreadable(string what, SendOutcome outcome)
    {
        Interlocked.Increment(ref unreadable);
        Keep($"{what}: answered {(int)outcome.Status!} with a body that is not an answer: '{Shorten(outcome.Body)}'");
    }

    public void ReadFailed(string what)
    {
        Interlocked.Increment(ref readFailures);
        Keep(what);
    }

    public void NeverVisible(string conversationId)
    {
        Interlocked.Increment(ref notVisible);
        Keep($"conversation {conversationId}: the answer never showed in its status");
    }

    public Expectations Expectations() => Load.Expectations.From(Accepted, Unsure);

    private void Keep(string failure)
    {
        if (failures.Count < KeptFailures)
        {
            failures.Enqueue(failure);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}
