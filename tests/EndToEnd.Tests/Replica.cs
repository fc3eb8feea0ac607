using System.Diagnostics;
using NetworkingPlatform.Platform.Load;

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
        foreach (var service in ServiceProcesses())
        {
            Process.GetProcessById(service).Kill();
        }
    }

    /// <summary>Whether the service's own process has <paramref name="pathEnding"/> open (a lock file it holds, say).</summary>
    public bool HoldsOpen(string pathEnding) =>
        ServiceProcesses().Any(pid => OpenFiles(pid).Any(path => path.EndsWith(pathEnding, StringComparison.Ordinal)));

    /// <summary>The service's own processes: the innermost of its launcher's (DCP runs a project as <c>dotnet run</c>).</summary>
    private IReadOnlyList<int> ServiceProcesses() => ProcessTable.Read().Innermost(LauncherPid);

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
