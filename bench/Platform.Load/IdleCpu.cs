namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// What the platform costs doing nothing: CPU seconds a second per group of processes (the daemons' polling, health
/// checks, telemetry export, the dashboard). A load's cost per message is measured above it.
/// </summary>
public static class IdleCpu
{
    public static async Task<IReadOnlyDictionary<string, double>> Measure(Func<ProcessCpu> cpuOfThePlatform, TimeSpan over)
    {
        await using var cpu = cpuOfThePlatform();
        await cpu.Start();
        await Task.Delay(over);
        return (await cpu.Stop()).ToDictionary(c => c.Group, c => c.Seconds / over.TotalSeconds);
    }
}
