using NetworkingPlatform.Platform.Load;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>A first sync, timed from the connecting request until the sync was live and until ResponseTracking recorded every email.</summary>
public sealed record SyncedMailbox(
    LoadTenant Tenant,
    string Id,
    string User,
    int Messages,
    int Read,
    long Taken,
    double LiveSeconds,
    double RecordedSeconds,
    IReadOnlyList<(string Group, double Seconds)> Cpu)
{
    public double LiveRate => Messages / LiveSeconds;

    public override string ToString() =>
        $"{Messages:N0} emails live in {LiveSeconds:F2} s = {LiveRate:N0}/s (read {Read:N0}, taken {Taken:N0}); "
        + $"all recorded by ResponseTracking in {RecordedSeconds:F2} s = {Messages / RecordedSeconds:N0}/s";
}
