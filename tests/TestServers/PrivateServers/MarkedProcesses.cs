using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>Processes whose environment carries a marker (<see cref="ServerRun.MarkerVariable"/>), found through /proc.</summary>
[SupportedOSPlatform("linux")]
internal static class MarkedProcesses
{
    private static readonly TimeSpan GoneWithin = TimeSpan.FromSeconds(30);

    /// <summary>Sends SIGKILL to every process marked <paramref name="variable"/>=<paramref name="value"/> and waits until they are gone.</summary>
    public static async Task Kill(string variable, string value)
    {
        var marked = Find($"{variable}={value}");
        foreach (var pid in marked)
        {
            try
            {
                Process.GetProcessById(pid).Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }

        var deadline = DateTime.UtcNow + GoneWithin;
        while (marked.Any(IsRunning))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Processes {string.Join(", ", marked.Where(IsRunning))} outlived SIGKILL for {GoneWithin}.");
            }

            await Task.Delay(50);
        }
    }

    private static List<int> Find(string marker)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "environ")).Split('\0').Contains(marker, StringComparer.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to read (and so not started by us).
            }
        }

        return found;
    }

    /// <summary>Still there and not a zombie (an ended process its parent has not reaped yet holds nothing).</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')')..].Split(' ')[1] is not ("Z" or "X");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
