namespace NetworkingPlatform.Notification.Deliveries;

/// <summary>The "Deliveries" settings section: how the worker paces and retries.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Deliveries";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public int BatchSize { get; set; } = 500;
    public int Parallelism { get; set; } = 32;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
