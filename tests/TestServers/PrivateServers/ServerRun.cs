using System.Globalization;
using System.Runtime.Versioning;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>
/// A directory of one test run's private servers, under the temp directory, and every process started for it: each is
/// started with <see cref="MarkerVariable"/> naming this directory in its environment (its children inherit it), so the
/// run can end them all, and a later run can end what a killed one left behind. Ports, secrets and the like that the
/// run's servers share (an Erlang cookie, an epmd port) are taken once per run.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class ServerRun : IAsyncDisposable
{
    public const string MarkerVariable = "NP_PRIVATE_SERVERS_RUN";
    private const string OwnerFile = "owner";
    private static readonly TimeSpan UnownedGrace = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, int> ports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> secrets = new(StringComparer.Ordinal);

    private ServerRun(string directory) => Directory = directory;

    /// <summary>Where every private server directory lives; each run has its own below it.</summary>
    public static string Root => Path.Combine(Path.GetTempPath(), "np-private-servers");

    public string Directory { get; }

    /// <summary>The environment every process of this run starts with.</summary>
    public IReadOnlyDictionary<string, string> Marker => new Dictionary<string, string> { [MarkerVariable] = Directory };

    /// <summary>A new run directory, after ending the servers of runs whose owning process no longer exists.</summary>
    public static async Task<ServerRun> Create()
    {
        System.IO.Directory.CreateDirectory(Root);
        // Other users (PostgreSQL's) must reach the servers' directories below.
        File.SetUnixFileMode(Root, (UnixFileMode)0b111_101_101);
        await RemoveLeftovers();
        var directory = Path.Combine(Root, $"run-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        System.IO.Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        await File.WriteAllTextAsync(Path.Combine(directory, OwnerFile), OwnerOf(Environment.ProcessId));
        return new ServerRun(directory);
    }

    public string Subdirectory(string name)
    {
        var path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A free loopback port taken once for this run under <paramref name="name"/>.</summary>
    public int SharedPort(string name)
    {
        lock (ports)
        {
            if (!ports.TryGetValue(name, out var port))
            {
                ports[name] = port = FreePorts.Take();
            }

            return port;
        }
    }

    /// <summary>A random secret made once for this run under <paramref name="name"/>.</summary>
    public string SharedSecret(string name)
    {
        lock (secrets)
        {
            if (!secrets.TryGetValue(name, out var secret))
            {
                secrets[name] = secret = Secrets.New();
            }

            return secret;
        }
    }

    /// <summary>Ends every process of the run that is still there and removes its directory.</summary>
    public async ValueTask DisposeAsync() => await Remove(Directory);

    private static async Task RemoveLeftovers()
    {
        foreach (var directory in System.IO.Directory.EnumerateDirectories(Root))
        {
            var owner = Path.Combine(directory, OwnerFile);
            var abandoned = File.Exists(owner)
                ? !IsAlive(await File.ReadAllTextAsync(owner))
                : DateTime.UtcNow - System.IO.Directory.GetLastWriteTimeUtc(directory) > UnownedGrace;
            if (abandoned)
            {
                await Remove(directory);
            }
        }
    }

    private static async Task Remove(string directory)
    {
        await PrivatePostgres.StopAny(directory);
        await MarkedProcesses.Kill(MarkerVariable, directory);
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Removed by another run's clean-up meanwhile.
        }
    }

    /// <summary>A process id and its start time, so that a later process given the same id is not taken for the owner.</summary>
    private static string OwnerOf(int pid) => $"{pid} {StartTime(pid)}";

    private static bool IsAlive(string owner)
    {
        var parts = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && StartTime(pid) is { } started && started == parts[1];
    }

    private static string? StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After the parenthesised command: state is the 3rd field overall, the start time the 22nd.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
