namespace NetworkingPlatform.ServiceDefaults.Storage.Faults;

/// <summary>Configuration section "Faults".</summary>
public sealed class LeftBehindOptions
{
    public const string Section = "Faults";

    public TimeSpan CountEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a daemon shard behind the committed events may stand still before it counts as stalled.</summary>
    public TimeSpan SubscriptionStalledAfter { get; set; } = TimeSpan.FromMinutes(1);
}
