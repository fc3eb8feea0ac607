namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>What became of a request's Idempotency-Key: this request owns it, or an earlier one does.</summary>
public abstract record IdempotencyClaim
{
    public sealed record Claimed : IdempotencyClaim;

    public sealed record Answered(StoredAnswer Answer) : IdempotencyClaim;

    public sealed record InProgress : IdempotencyClaim;

    public sealed record UsedForAnotherRequest : IdempotencyClaim;
}
