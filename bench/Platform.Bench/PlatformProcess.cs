using System.Diagnostics;
using Npgsql;

namespace NetworkingPlatform.Platform.Bench;

/// <summary>
/// The platform exactly as users run it: <c>./run.sh</c> (PostgreSQL and RabbitMQ checked, the AppHost with every
/// service, the portal, the mail server and the dashboard, telemetry on), pointed at a database and vhost of the run's
/// own through NP_PLATFORM_DATABASE and NP_PLATFORM_VHOST, stopped with SIGTERM as Ctrl-C would.
/// </summary>
public sealed class PlatformProcess : IAsyncDisposable
{
    public static readonly Uri Gateway = new("http://localhost:5080");
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);
    private readonly Process? process;
    private readonly LocalServers servers;
    private readonly bool keep;

    private PlatformProcess(Process? process, LocalServers servers, string name, bool keep, string log)
    {
        this.process = process;
        this.servers = servers;
        this.keep = keep;
        Name = name;
        Log = log;
    }

    /// <summary>The run's database and vhost.</summary>
    public string Name { get; }

    /// <summary>The process every process of this platform descends from (or is watched by, for DCP's).</summary>
    public int Root => process?.Id ?? FindAppHost(Name);

    public string Log { get; }

    /// <summary>A platform someone else started on the database and vhost <paramref name="name"/>: neither stopped nor dropped.</summary>
    public static PlatformProcess Attach(LocalServers servers, string name) => new(null, servers, name, keep: true, log: "(attached)");

    public static async Task<PlatformProcess> Start(string repository, LocalServers servers, bool keep)
    {
        using (var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
        {
            if (await Healthy(probe))
            {
                throw new InvalidOperationException($"Something already answers at {Gateway}: stop the running platform first, the benchmark starts its own.");
            }
        }

        var name = $"np_bench_{DateTime.UtcNow:MMddHHmmss}";
        var log = Path.Combine(Path.GetTempPath(), $"{name}.log");
        var start = new ProcessStartInfo("bash", ["-c", $"exec ./run.sh > '{log}' 2>&1"]) { WorkingDirectory = repository };
        start.Environment["NP_PLATFORM_DATABASE"] = name;
        start.Environment["NP_PLATFORM_VHOST"] = name;
        var process = Process.Start(start) ?? throw new InvalidOperationException("./run.sh did not start.");
        var platform = new PlatformProcess(process, servers, name, keep, log);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.GetTimestamp();
        try
        {
            while (!await Healthy(client))
            {
                if (process.HasExited || Stopwatch.GetElapsedTime(started) > StartTimeout)
                {
                    throw new InvalidOperationException($"The platform did not become healthy: see {log}");
                }

                await Task.Delay(500);
            }
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }

        return platform;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            // run.sh forwards SIGTERM to the AppHost, which stops every service it started.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"./run.sh did not stop within two minutes of SIGTERM: stop process {process.Id} by hand.");
            }
        }

        process.Dispose();
        if (!keep)
        {
            await Drop();
        }
    }

    private async Task Drop()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(servers.PostgresConnection("postgres")))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            // After a run's inserts an autovacuum worker is often at work in the database; it is the server's own
            // process, which the platform's role may not end, so the drop waits for it to finish.
            var giveUpAt = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
            while (true)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                {
                    if (Stopwatch.GetTimestamp() > giveUpAt)
                    {
                        Console.Error.WriteLine($"The database {Name} could not be dropped within a minute ({refused.MessageText}): drop it by hand.");
                        break;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
            }
        }

        using var management = new HttpClient { BaseAddress = servers.RabbitManagement };
        management.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{servers.RabbitUser}:{servers.RabbitPassword}")));
        await management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(Name)}");
    }

    /// <summary>The AppHost whose PostgreSQL connection string names the database.</summary>
    private static int FindAppHost(string database)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("AppHost.dll", StringComparison.Ordinal)
                    && File.ReadAllText(Path.Combine(directory, "environ")).Contains($"Database={database};", StringComparison.Ordinal))
                {
                    return int.Parse(Path.GetFileName(directory), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
            {
                // Not a process, or gone.
            }
        }

        throw new InvalidOperationException($"No AppHost runs on the database {database}.");
    }

    private static async Task<bool> Healthy(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(Gateway, "/health"));
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
