namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>Marks an endpoint whose first answer to an Idempotency-Key is kept and replayed to retries.</summary>
public sealed class IdempotentEndpoint
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public static readonly IdempotentEndpoint Instance = new();

    private IdempotentEndpoint()
    {
    }
}
