namespace NetworkingPlatform.Mailboxes.Bench;

/// <summary>
/// What a measured stretch cost in memory: the kernel's peak resident set of this process (VmHWM, its mark reset at the
/// start through /proc/self/clear_refs, so nothing is missed between samples), and the managed heap's growth.
/// </summary>
public sealed class MemoryTaken
{
    private readonly long residentBefore;
    private readonly long heapBefore;
    private readonly long allocatedBefore;

    private MemoryTaken()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
        residentBefore = Kilobytes("VmRSS");
        heapBefore = GC.GetGCMemoryInfo().HeapSizeBytes;
        allocatedBefore = GC.GetTotalAllocatedBytes();
    }

    public static MemoryTaken Start() => new();

    public string Stop()
    {
        var peakGrowth = (Kilobytes("VmHWM") - residentBefore) / 1024.0;
        var heapGrowth = (GC.GetGCMemoryInfo().HeapSizeBytes - heapBefore) / 1024.0 / 1024.0;
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / 1024.0;
        return $"peak working set {Kilobytes("VmHWM") / 1024.0:F0} MB (+{peakGrowth:F0} MB over the {residentBefore / 1024.0:F0} MB before), "
            + $"GC heap +{heapGrowth:F0} MB at the end, {allocated:N0} MB allocated";
    }

    private static long Kilobytes(string field) =>
        long.Parse(File.ReadLines("/proc/self/status").First(line => line.StartsWith(field + ':', StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
