using System.Diagnostics;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// One running copy of a replicated service, reached on its own port rather than through DCP's proxy (which spreads
/// requests over the copies): <paramref name="Address"/> is what the AppHost gave this copy as <c>ASPNETCORE_URLS</c>.
/// </summary>
public sealed record Replica(string ResourceId, int LauncherPid, Uri Address)
{
    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>SIGKILL, as the kernel's OOM killer or a crash would end it.</summary>
    public void Kill()
    {
        foreach (var service in ServiceProcesses(LauncherPid))
        {
            Process.GetProcessById(service).Kill();
        }
    }

    /// <summary>Whether the service's own process has <paramref name="pathEnding"/> open (a lock file it holds, say).</summary>
    public bool HoldsOpen(string pathEnding) =>
        ServiceProcesses(LauncherPid).Any(pid => OpenFiles(pid).Any(path => path.EndsWith(pathEnding, StringComparison.Ordinal)));

    /// <summary>
    /// The service's own process: DCP starts a project with <c>dotnet run</c>, which runs the service as its child, so the
    /// processes are the launcher's innermost descendants (or the launcher itself, if it has none).
    /// </summary>
    public static IReadOnlyList<int> ServiceProcesses(int launcher)
    {
        var children = File.ReadAllText($"/proc/{launcher}/task/{launcher}/children")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return children.Count == 0 ? [launcher] : [.. children.SelectMany(ServiceProcesses)];
    }

    private static IEnumerable<string> OpenFiles(int pid)
    {
        string[] descriptors;
        try
        {
            descriptors = Directory.GetFiles($"/proc/{pid}/fd");
        }
        catch (IOException)
        {
            yield break;
        }
        catch (UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var descriptor in descriptors)
        {
            string? target = null;
            try
            {
                target = new FileInfo(descriptor).LinkTarget;
            }
            catch (IOException)
            {
            }

            if (target is not null)
            {
                yield return target;
            }
        }
    }
}
