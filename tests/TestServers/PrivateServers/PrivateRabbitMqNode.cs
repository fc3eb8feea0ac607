using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>
/// A RabbitMQ node of a test run's own, with the management plugin: its own node name, AMQP, management and Erlang
/// distribution ports on loopback, its own database and logs in the run's directory, and one administrator (user, random
/// password, the given virtual host) made at its first start. It reads none of the machine's RabbitMQ configuration.
/// Nodes of one run share an epmd (on a port of the run's) and an Erlang cookie, so that they can be clustered.
/// A test may stop and start it again, or kill it; the run ends it.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PrivateRabbitMqNode : IAsyncDisposable
{
    public const string User = "np";
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string ControlTool = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);
    private readonly ServerRun run;
    private readonly string directory;
    private Process? wrapper;

    private PrivateRabbitMqNode(ServerRun run, string name, string virtualHost, string password)
    {
        this.run = run;
        directory = run.Subdirectory(name);
        NodeName = $"{name}@localhost";
        VirtualHost = virtualHost;
        Password = password;
        AmqpPort = FreePorts.Take();
        ManagementPort = FreePorts.Take();
        DistributionPort = FreePorts.Take();
    }

    public string NodeName { get; }

    public string VirtualHost { get; }

    public string Password { get; }

    public int AmqpPort { get; }

    public int ManagementPort { get; }

    public int DistributionPort { get; }

    /// <summary>The Erlang VM's process while the node runs.</summary>
    public int? Pid { get; private set; }

    public string ConnectionString => $"amqp://{User}:{Password}@127.0.0.1:{AmqpPort}/{Uri.EscapeDataString(VirtualHost)}";

    public Uri Management => new($"http://127.0.0.1:{ManagementPort}/");

    private string PidFile => Path.Combine(directory, "node.pid");

    /// <summary>A new node; nodes meant for one cluster are given the same administrator password.</summary>
    public static async Task<PrivateRabbitMqNode> Start(ServerRun run, string name = "rabbit", string virtualHost = "networking", string? password = null)
    {
        var node = new PrivateRabbitMqNode(run, name, virtualHost, password ?? Secrets.New());
        await node.WriteConfiguration();
        await node.StartAgain();
        return node;
    }

    /// <summary>Starts the node on its existing database (durable queues and persistent messages kept) and waits until it serves.</summary>
    public async Task StartAgain()
    {
        if (wrapper is { HasExited: false })
        {
            throw new InvalidOperationException($"{NodeName} is running already.");
        }

        File.Delete(PidFile);
        // The server script turns SIGTERM into a graceful stop of the VM it starts; its output goes to the node's log.
        wrapper = Commands.Start("/bin/sh", ["-c", $"exec {Server} >> \"$NP_NODE_LOG\" 2>&1"], Environment(), directory);
        using var management = ManagementClient();
        var starting = wrapper;
        await Eventually.Get(async () =>
        {
            if (await Serves(management))
            {
                return management;
            }

            return starting.HasExited
                ? throw new InvalidOperationException($"{NodeName} exited with {starting.ExitCode} while starting: see {directory}/log.")
                : null;
        }, StartTimeout, $"{NodeName} serving (see {directory}/log)");

        Pid = int.Parse((await File.ReadAllTextAsync(PidFile)).Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Stops the node gracefully, as <c>rabbitmqctl stop</c> would (connections closed, queues saved), and waits until it exited.</summary>
    public async Task Stop()
    {
        if (wrapper is not { HasExited: false } running)
        {
            return;
        }

        if (Signals.Terminate(running.Id) != 0)
        {
            throw new InvalidOperationException($"SIGTERM to {NodeName}'s server ({running.Id}) failed.");
        }

        using var bound = new CancellationTokenSource(StopTimeout);
        await running.WaitForExitAsync(bound.Token);
        Pid = null;
    }

    /// <summary>
    /// Makes this new node a member of <paramref name="cluster"/>'s cluster: its own (empty) database is replaced by the
    /// cluster's users, virtual hosts and queues.
    /// </summary>
    public async Task JoinCluster(PrivateRabbitMqNode cluster)
    {
        await RunControl("stop_app");
        await RunControl("join_cluster", cluster.NodeName);
        await RunControl("start_app");
        using var management = ManagementClient();
        await Eventually.Get(async () => await Serves(management) ? management : null, StartTimeout, $"{NodeName} serving in {cluster.NodeName}'s cluster");
    }

    /// <summary>Ends the node at once (SIGKILL), as a crash would.</summary>
    public async Task Kill()
    {
        foreach (var pid in new[] { Pid, wrapper?.Id }.OfType<int>())
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

        if (wrapper is not null)
        {
            using var bound = new CancellationTokenSource(StopTimeout);
            await wrapper.WaitForExitAsync(bound.Token);
        }

        Pid = null;
    }

    public async ValueTask DisposeAsync()
    {
        await Kill();
        wrapper?.Dispose();
    }

    public HttpClient ManagementClient() => new()
    {
        BaseAddress = Management,
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"))) },
    };

    private async Task WriteConfiguration()
    {
        await File.WriteAllLinesAsync(Path.Combine(directory, "rabbitmq.conf"),
        [
            $"listeners.tcp.default = 127.0.0.1:{AmqpPort}",
            "management.tcp.ip = 127.0.0.1",
            $"management.tcp.port = {ManagementPort}",
            $"default_user = {User}",
            $"default_pass = {Password}",
            $"default_vhost = {VirtualHost}",
            "default_user_tags.administrator = true",
            // Queue depths, consumers and unacknowledged counts through the management API are at most 200 ms old (the
            // default is five seconds): the fault suite waits on them for a batch in flight and for queues to empty.
            "collect_statistics_interval = 200",
        ]);
        // Read instead of the machine's /etc/rabbitmq/rabbitmq-env.conf: Erlang distribution on loopback only.
        await File.WriteAllLinesAsync(Path.Combine(directory, "rabbitmq-env.conf"),
        [
            "SERVER_ADDITIONAL_ERL_ARGS=\"-kernel inet_dist_use_interface {127,0,0,1}\"",
            "CTL_ERL_ARGS=\"-kernel inet_dist_use_interface {127,0,0,1}\"",
        ]);
        await File.WriteAllTextAsync(Path.Combine(directory, "enabled_plugins"), "[rabbitmq_management].\n");
        var home = run.Subdirectory("erlang-home");
        var cookie = Path.Combine(home, ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            await File.WriteAllTextAsync(cookie, run.SharedSecret("erlang-cookie"));
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    private Task<string> RunControl(params string[] arguments) =>
        Commands.Run(ControlTool, ["-n", NodeName, .. arguments], Environment(), StartTimeout, directory);

    private Dictionary<string, string> Environment() => new(run.Marker)
    {
        ["NP_NODE_LOG"] = Path.Combine(directory, "console.log"),
        ["HOME"] = run.Subdirectory("erlang-home"),
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture),
        ["ERL_EPMD_PORT"] = run.SharedPort("epmd").ToString(CultureInfo.InvariantCulture),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq.conf"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(directory, "advanced.config"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
        ["RABBITMQ_PID_FILE"] = PidFile,
    };

    /// <summary>Takes AMQP connections and its virtual hosts run (asked through the management API, which starts last).</summary>
    private async Task<bool> Serves(HttpClient management)
    {
        try
        {
            using (var amqp = new TcpClient())
            {
                await amqp.ConnectAsync("127.0.0.1", AmqpPort);
            }

            using var response = await management.GetAsync("api/health/checks/virtual-hosts");
            return response.IsSuccessStatusCode && File.Exists(PidFile);
        }
        catch (Exception exception) when (exception is SocketException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
