using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Ingestion.Bench;

/// <summary>One measured import: its time to the last message published, and what it cost the machine and the runtime.</summary>
public sealed record ImportRound(
    int Messages,
    double Seconds,
    double CommittedAfterSeconds,
    CpuAccount Cpu,
    long MethodsCompiled,
    double CompilingSeconds,
    double AllocatedKilobytesPerMessage,
    double GcPausedSeconds)
{
    public override string ToString() =>
        $"{Seconds:F2} s = {Messages / Seconds:N0} messages/s (the progress poll saw it completed after {CommittedAfterSeconds:F2} s); {Cpu.PerThousand(Messages)}; " +
        $"{MethodsCompiled:N0} methods compiled in {CompilingSeconds:F2} s; {AllocatedKilobytesPerMessage:F1} KB allocated per message; GC paused {GcPausedSeconds:F2} s";
}
