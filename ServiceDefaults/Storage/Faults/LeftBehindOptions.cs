namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>Configuration section "Faults".</summary>
public sealed class LeftBehindOptions
{
    public const string Section = "Faults";

    public TimeSpan CountEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a daemon shard behind the committed events may stand still before it counts as stalled.</summary>
    public TimeSpan SubscriptionStalledAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the leading process looks for shards it does not run (<see cref="StoppedShardRestarter"/>).</summary>
    public TimeSpan StoppedShardCheckEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a shard the leading process does not run is left alone first: a leader starts its shards, and the
    /// process that lost the lead stops its own, within Marten's leadership polling (5 s by default).
    /// </summary>
    public TimeSpan StoppedShardGrace { get; set; } = TimeSpan.FromSeconds(10);
}
