namespace NetworkingPlatform.ServiceDefaults.Faults;

/// <summary>Configuration section "Faults".</summary>
public sealed class LeftBehindOptions
{
    public const string Section = "Faults";

    public TimeSpan CountEvery { get; set; } = TimeSpan.FromSeconds(30);
}
