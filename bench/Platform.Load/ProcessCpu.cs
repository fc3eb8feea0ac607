using System.Globalization;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// CPU seconds spent by every process of the platform between <see cref="Start"/> and <see cref="Stop"/>, grouped by
/// what the process is: each service, the Portal, the Aspire dashboard, the orchestration (AppHost, DCP, the
/// `dotnet run` wrappers), PostgreSQL (all its processes), RabbitMQ, the mail server and this driver. Read from /proc
/// every second, so processes that start meanwhile (a PostgreSQL backend, a restarted service) count too.
/// </summary>
public sealed class ProcessCpu : IAsyncDisposable
{
    private static readonly double TicksPerSecond = 100;
    private static readonly string[] Services = ["Gateway", "Ingestion", "ResponseTracking", "OpportunityMatching", "Notification", "Portal"];
    private readonly Dictionary<int, (string Group, long Baseline, long Last)> processes = [];
    private readonly CancellationTokenSource stopping = new();
    private Task? sampling;

    public void Start()
    {
        foreach (var (pid, group, ticks) in Read())
        {
            processes[pid] = (group, ticks, ticks);
        }

        sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                while (await timer.WaitForNextTickAsync(stopping.Token))
                {
                    Sample();
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    /// <summary>CPU seconds per group since <see cref="Start"/>, largest first.</summary>
    public async Task<IReadOnlyList<(string Group, double Seconds)>> Stop()
    {
        await stopping.CancelAsync();
        if (sampling is not null)
        {
            await sampling;
        }

        Sample();
        lock (processes)
        {
            return [.. processes.Values
                .GroupBy(p => p.Group)
                .Select(g => (g.Key, g.Sum(p => p.Last - p.Baseline) / TicksPerSecond))
                .OrderByDescending(g => g.Item2)];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        stopping.Dispose();
    }

    private void Sample()
    {
        lock (processes)
        {
            foreach (var (pid, group, ticks) in Read())
            {
                processes[pid] = processes.TryGetValue(pid, out var known) && known.Group == group
                    ? known with { Last = ticks }
                    : (group, 0, ticks);
            }
        }
    }

    private static IEnumerable<(int Pid, string Group, long Ticks)> Read()
    {
        var self = Environment.ProcessId;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            (string Group, long Ticks)? entry;
            try
            {
                entry = Classify(pid, self, directory);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (entry is { } found)
            {
                yield return (pid, found.Group, found.Ticks);
            }
        }
    }

    private static (string Group, long Ticks)? Classify(int pid, int self, string directory)
    {
        var stat = File.ReadAllText(Path.Combine(directory, "stat"));
        var command = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
        // utime and stime are the 14th and 15th fields; the fields after the command start at the 3rd.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var group = pid == self ? "load driver" : Group(command, File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0'));
        return group is null ? null : (group, ticks);
    }

    private static string? Group(string command, string[] arguments)
    {
        switch (command)
        {
            case "postgres":
                return "PostgreSQL";
            case "beam.smp" or "erl_child_setup" or "epmd" or "inet_gethost":
                return "RabbitMQ";
            case "dcp" or "dcpctrl":
                return "orchestration (AppHost, DCP)";
        }

        var executable = Path.GetFileName(arguments[0]);
        if (Services.Contains(executable))
        {
            return executable;
        }

        if (executable == "Aspire.Dashboard")
        {
            return "Aspire dashboard";
        }

        if (executable == "Rnwood.Smtp4dev")
        {
            return "mail server (smtp4dev)";
        }

        return executable == "dotnet" && arguments.Any(a => a.EndsWith("AppHost.dll", StringComparison.Ordinal) || a == "run")
            ? "orchestration (AppHost, DCP)"
            : null;
    }
}
