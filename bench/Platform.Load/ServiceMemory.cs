using System.Globalization;

namespace NetworkingPlatform.Platform.Load;

/// <summary>Resident memory of each service of a platform, read from /proc: now, and the most it has held since it started.</summary>
public sealed record ServiceMemory(string Service, long ResidentMiB, long PeakMiB)
{
    public static IReadOnlyList<ServiceMemory> Read(int platformRoot)
    {
        var table = ProcessTable.Read();
        var platform = table.PlatformOf(platformRoot);
        var found = new List<ServiceMemory>();
        foreach (var pid in platform)
        {
            if (table.Find(pid) is { } process && ProcessGroups.Of(process) is var group && ProcessGroups.Services.Contains(group)
                && Status(pid) is { } status)
            {
                found.Add(new ServiceMemory(group, Kib(status, "VmRSS:") / 1024, Kib(status, "VmHWM:") / 1024));
            }
        }

        return found;
    }

    public override string ToString() => $"{Service} {ResidentMiB:N0} MiB (peak {PeakMiB:N0} MiB)";

    private static string[]? Status(int pid)
    {
        try
        {
            return File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Kib(string[] status, string field) =>
        status.FirstOrDefault(line => line.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)
            : 0;
}
