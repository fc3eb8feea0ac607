namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// Marks an endpoint whose first answer to an Idempotency-Key is kept and replayed to retries. An endpoint whose work
/// is one transaction (<see cref="ClaimedWithTheWork"/>) claims the key and keeps the answer in that transaction, so a
/// failed attempt leaves no claim behind; the others claim it before running, under a lease.
/// </summary>
public sealed class IdempotentEndpoint
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public static readonly IdempotentEndpoint Instance = new(claimedWithTheWork: false);

    public static readonly IdempotentEndpoint WithTheWork = new(claimedWithTheWork: true);

    private IdempotentEndpoint(bool claimedWithTheWork) => ClaimedWithTheWork = claimedWithTheWork;

    public bool ClaimedWithTheWork { get; }
}
