using System.Globalization;
using System.Runtime.Versioning;
using Npgsql;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>
/// A PostgreSQL cluster of a test run's own: initdb in the run's directory, listening on a free loopback port only (no
/// Unix socket), password authentication, stopped and removed with the run. A test may restart it as an operator
/// would, which the machine's shared server must never be. As root, the server runs as the postgres user (initdb
/// refuses root).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PrivatePostgres : IAsyncDisposable
{
    public const string User = "postgres";
    private const string DataDirectory = "data";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);
    private readonly ServerRun run;
    private readonly string directory;

    private PrivatePostgres(ServerRun run, string directory, int port, string password)
    {
        this.run = run;
        this.directory = directory;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    private string Data => Path.Combine(directory, DataDirectory);

    private string Log => Path.Combine(directory, "server.log");

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username={User};Password={Password};SSL Mode=Disable";

    /// <summary>A new cluster, started; <paramref name="settings"/> go to its postgresql.conf.</summary>
    public static async Task<PrivatePostgres> Start(ServerRun run, string name = "postgres", IReadOnlyDictionary<string, string>? settings = null)
    {
        var postgres = new PrivatePostgres(run, run.Subdirectory(name), FreePorts.Take(), Secrets.New());
        await postgres.Initialise(settings ?? new Dictionary<string, string>());
        await postgres.PgCtl("start", "-l", postgres.Log);
        return postgres;
    }

    public async Task CreateDatabase(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// <c>pg_ctl restart -m fast</c>: clients are disconnected, open transactions rolled back, and the server accepts
    /// connections again when this returns.
    /// </summary>
    public async Task RestartFast()
    {
        await PgCtl("restart", "-m", "fast", "-l", Log);
        // This process's idle pooled connections died with the server; the next use would fail on one of them.
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync() => await StopAny(directory);

    /// <summary>Stops, at once, any cluster of ours still running under <paramref name="path"/> (a run's directory or one cluster's).</summary>
    internal static async Task StopAny(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        foreach (var pidFile in Directory.EnumerateFiles(path, "postmaster.pid", SearchOption.AllDirectories))
        {
            try
            {
                await Tool("pg_ctl", ["stop", "-D", Path.GetDirectoryName(pidFile)!, "-m", "immediate", "-w"], new Dictionary<string, string>());
            }
            catch (InvalidOperationException)
            {
                // Not running any more (a stale pid file): the run's clean-up ends whatever is left.
            }
        }
    }

    private async Task Initialise(IReadOnlyDictionary<string, string> settings)
    {
        var passwordFile = Path.Combine(directory, "password");
        await File.WriteAllTextAsync(passwordFile, Password);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await OwnedByServer(directory);
        await Tool("initdb", [
            "-D", Data, "-U", User, "--auth-local=trust", "--auth-host=scram-sha-256", $"--pwfile={passwordFile}",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        ], run.Marker);
        File.Delete(passwordFile);
        var configuration = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["listen_addresses"] = "'127.0.0.1'",
            ["port"] = Port.ToString(CultureInfo.InvariantCulture),
            ["unix_socket_directories"] = "''",
            ["max_connections"] = "300",
            // Durability against the machine crashing is not what a test run needs; against a server restart it stays.
            ["fsync"] = "off",
            ["default_toast_compression"] = "lz4",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        await File.AppendAllLinesAsync(Path.Combine(Data, "postgresql.conf"), configuration.Select(setting => $"{setting.Key} = {setting.Value}"));
    }

    private Task PgCtl(string action, params string[] options) =>
        Tool("pg_ctl", [action, "-D", Data, "-w", "-t", "120", .. options], run.Marker);

    /// <summary>A PostgreSQL program, as the postgres user when this process runs as root.</summary>
    private static Task<string> Tool(string program, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var path = Path.Combine(BinDirectory(), program);
        return Environment.IsPrivilegedProcess
            ? Commands.Run("runuser", ["-u", "postgres", "--", path, .. arguments], environment, CommandTimeout)
            : Commands.Run(path, arguments, environment, CommandTimeout);
    }

    private static async Task OwnedByServer(string path)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await Commands.Run("chown", ["-R", "postgres:postgres", path], new Dictionary<string, string>(), CommandTimeout);
        }
    }

    /// <summary>The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/&lt;version&gt;/bin).</summary>
    private static string BinDirectory()
    {
        const string installed = "/usr/lib/postgresql";
        var newest = Directory.Exists(installed)
            ? Directory.EnumerateDirectories(installed)
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .MaxBy(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0)
            : null;
        return newest is null
            ? throw new InvalidOperationException($"No PostgreSQL under {installed}: run ./scripts/infra.sh, which installs it.")
            : Path.Combine(newest, "bin");
    }
}
