using Npgsql;

namespace NetworkingPlatform.Platform.Load;

/// <summary>
/// CPU seconds spent by the processes of one platform between <see cref="Start"/> and <see cref="Stop"/>, grouped by
/// what each process is: each service, the Portal, the Aspire dashboard, the orchestration (AppHost, DCP and its
/// proxies, the `dotnet run` wrappers), the mail servers (smtp4dev, Dovecot), PostgreSQL (the backends serving the run's database and the
/// server's own background processes), RabbitMQ, and this driver. Only descendants of the platform's root process and
/// of the DCP that watches it count, so other platforms on the same machine (a test suite's) do not. Read from /proc
/// every second, so that processes starting meanwhile (a PostgreSQL backend, a restarted service) count too.
/// </summary>
public sealed class ProcessCpu(int platformRoot, string postgresConnection, string database) : IAsyncDisposable
{
    private const double TicksPerSecond = 100;
    private readonly Dictionary<int, (string Group, long Baseline, long Last)> processes = [];
    private readonly CancellationTokenSource stopping = new();
    private Task? sampling;

    public async Task Start()
    {
        foreach (var (pid, group, ticks) in await Read())
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
                    await Sample();
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

        await Sample();
        return [.. processes.Values
            .GroupBy(p => p.Group)
            .Select(g => (g.Key, g.Sum(p => p.Last - p.Baseline) / TicksPerSecond))
            .OrderByDescending(g => g.Item2)];
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        stopping.Dispose();
    }

    private async Task Sample()
    {
        foreach (var (pid, group, ticks) in await Read())
        {
            processes[pid] = processes.TryGetValue(pid, out var known) && known.Group == group ? known with { Last = ticks } : (group, 0, ticks);
        }
    }

    private async Task<List<(int Pid, string Group, long Ticks)>> Read()
    {
        var found = new List<(int, string, long)>();
        var table = ProcessTable.Read();
        var platform = table.PlatformOf(platformRoot);
        foreach (var pid in platform)
        {
            if (table.Find(pid) is { } process && ProcessGroups.Of(process) is { } group)
            {
                found.Add((pid, group, process.Ticks));
            }
        }

        foreach (var pid in await PostgresProcesses())
        {
            if (table.Find(pid) is { } process)
            {
                found.Add((pid, "PostgreSQL", process.Ticks));
            }
        }

        foreach (var process in table.All.Where(p => p.Command is "beam.smp" or "erl_child_setup" or "epmd" or "inet_gethost"))
        {
            found.Add((process.Pid, "RabbitMQ", process.Ticks));
        }

        // Dovecot's master and the processes it forks (imap, imap-login, auth, …), shared by every platform on the machine.
        foreach (var pid in table.DescendantsOf(table.All.Where(p => p.Command == "dovecot").Select(p => p.Pid)))
        {
            found.Add((pid, "mail server (Dovecot)", table.Find(pid)!.Ticks));
        }

        if (table.Find(Environment.ProcessId) is { } self)
        {
            found.Add((self.Pid, "load driver", self.Ticks));
        }

        return found;
    }

    /// <summary>The backends serving the run's database, and the server's own processes (WAL writer, checkpointer, …).</summary>
    private async Task<List<int>> PostgresProcesses()
    {
        var pids = new List<int>();
        await using var connection = new NpgsqlConnection(postgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE (datname = $1 OR datname IS NULL) AND pid <> pg_backend_pid()", connection)
        {
            Parameters = { new NpgsqlParameter { Value = database } },
        };
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }
}
