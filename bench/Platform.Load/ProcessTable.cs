using System.Globalization;

namespace NetworkingPlatform.Platform.Load;

/// <summary>A reading of /proc: every process with its parent, command, arguments and CPU ticks so far.</summary>
public sealed class ProcessTable
{
    private readonly Dictionary<int, ProcessEntry> processes;

    private ProcessTable(Dictionary<int, ProcessEntry> processes) => this.processes = processes;

    public IEnumerable<ProcessEntry> All => processes.Values;

    public static ProcessTable Read()
    {
        var processes = new Dictionary<int, ProcessEntry>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var command = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                // After the parenthesised command: state, ppid, …; utime and stime are the 14th and 15th fields overall.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                processes[pid] = new ProcessEntry(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), command, arguments,
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Ended while being read.
            }
        }

        return new ProcessTable(processes);
    }

    public ProcessEntry? Find(int pid) => processes.GetValueOrDefault(pid);

    /// <summary>The roots and every process below them.</summary>
    public HashSet<int> DescendantsOf(IEnumerable<int> roots)
    {
        var found = roots.Where(processes.ContainsKey).ToHashSet();
        var children = processes.Values.ToLookup(p => p.ParentPid);
        var pending = new Queue<int>(found);
        while (pending.TryDequeue(out var pid))
        {
            foreach (var child in children[pid])
            {
                if (found.Add(child.Pid))
                {
                    pending.Enqueue(child.Pid);
                }
            }
        }

        return found;
    }

    /// <summary>A platform's processes: those below its root, and those below the DCP that watches the root (the services).</summary>
    public HashSet<int> PlatformOf(int root) => DescendantsOf([root, .. WatchersOf(DescendantsOf([root]))]);

    /// <summary>
    /// The processes at the bottom of <paramref name="root"/>'s tree, or the root itself if it has no children: what does
    /// the work when launchers wrap it (DCP starts a service as <c>dotnet run</c>, which runs the service as its child).
    /// </summary>
    public IReadOnlyList<int> Innermost(int root)
    {
        var below = DescendantsOf([root]);
        var parents = below.Select(pid => processes[pid].ParentPid).ToHashSet();
        return [.. below.Where(pid => !parents.Contains(pid))];
    }

    /// <summary>
    /// Processes started detached to watch one of these (Aspire's DCP runs as <c>dcp start-apiserver --monitor &lt;AppHost pid&gt;</c>),
    /// so that the services DCP starts count with the platform that started DCP.
    /// </summary>
    public IEnumerable<int> WatchersOf(IReadOnlySet<int> watched) =>
        processes.Values
            .Where(p => p.Arguments.SkipWhile(a => a != "--monitor").Skip(1).FirstOrDefault() is { } target
                && int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && watched.Contains(pid))
            .Select(p => p.Pid);
}

public sealed record ProcessEntry(int Pid, int ParentPid, string Command, IReadOnlyList<string> Arguments, long Ticks);
