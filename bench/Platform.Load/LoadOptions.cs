namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// What the driver sends, open loop: operations leave at their scheduled time whether or not earlier ones were
/// answered, so a slow platform shows as latency and backlog instead of silently lowering the rate.
/// </summary>
public sealed record LoadOptions
{
    /// <summary>Distinct messages a second sent one per request (question/answer pairs); retries come on top.</summary>
    public double MessagesPerSecond { get; init; } = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of conversations with a third participant.</summary>
    public double GroupShare { get; init; } = 0.10;

    /// <summary>Share of single-message requests that the client sends a second time with the same Idempotency-Key.</summary>
    public double ClientRetryShare { get; init; } = 0.05;

    /// <summary>Messages sent in batch requests, as a share of <see cref="MessagesPerSecond"/>.</summary>
    public double BatchShare { get; init; } = 0.10;

    public int BatchSize { get; init; } = 50;

    /// <summary>Inbox and responsiveness reads, as a share of <see cref="MessagesPerSecond"/>.</summary>
    public double ReadShare { get; init; } = 0.10;

    /// <summary>Share of answers whose conversation is polled until the answer is visible in its status.</summary>
    public double ProbeShare { get; init; } = 0.02;

    public TimeSpan AnswerDelayMin { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan AnswerDelayMax { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a careful client keeps retrying one request (5xx, 409, 429, connection errors) before giving up.</summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages of the one LinkedIn export imported during the load; 0 for none.</summary>
    public int ImportMessages { get; init; } = 5_000;

    public int Seed { get; init; } = 2026;

    /// <summary>Requests a second in all, for sizing the keys: each key stays well under its rate limit.</summary>
    public double RequestsPerSecond =>
        MessagesPerSecond * (1 + ClientRetryShare + ReadShare) + MessagesPerSecond * BatchShare / Math.Max(1, BatchSize);
}
