using System.Net.Http.Json;
using System.Runtime.Versioning;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>
/// RabbitMQ nodes of a test run's own joined in one cluster (the first node's administrator and virtual host), as a
/// production broker runs: quorum queues declared on it keep a replica on every node. A test may stop any node, the one
/// that leads the queues included, or every node.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class PrivateRabbitMqCluster : IAsyncDisposable
{
    private PrivateRabbitMqCluster(IReadOnlyList<PrivateRabbitMqNode> nodes) => Nodes = nodes;

    public IReadOnlyList<PrivateRabbitMqNode> Nodes { get; }

    public string VirtualHost => Nodes[0].VirtualHost;

    public string Password => Nodes[0].Password;

    /// <summary>Every node, comma-separated where one host would stand: clients fail over to the next node that answers.</summary>
    public string ConnectionString =>
        $"amqp://{PrivateRabbitMqNode.User}:{Password}@{string.Join(',', Nodes.Select(node => $"127.0.0.1:{node.AmqpPort}"))}/{Uri.EscapeDataString(VirtualHost)}";

    /// <summary>Every node's management API: any running node answers for the whole cluster.</summary>
    public IReadOnlyList<Uri> Managements => [.. Nodes.Select(node => node.Management)];

    public static async Task<PrivateRabbitMqCluster> Start(ServerRun run, int size = 3)
    {
        var first = await PrivateRabbitMqNode.Start(run);
        var others = await Task.WhenAll(Enumerable.Range(2, size - 1).Select(number => PrivateRabbitMqNode.Start(run, $"rabbit{number}", first.VirtualHost, first.Password)));
        foreach (var node in others)
        {
            await node.JoinCluster(first);
        }

        return new PrivateRabbitMqCluster([first, .. others]);
    }

    /// <summary>The node that leads most of the virtual host's quorum queues (asked through a node that runs).</summary>
    public async Task<PrivateRabbitMqNode> LeaderOfMostQueues(CancellationToken cancellationToken)
    {
        var queues = await Ask<NodeOf[]>($"api/queues/{Uri.EscapeDataString(VirtualHost)}?columns=name,leader", cancellationToken);
        return MostNamed(queues.Select(queue => queue.Leader), "leads no quorum queue");
    }

    /// <summary>The node most clients are connected to.</summary>
    public async Task<PrivateRabbitMqNode> NodeOfMostConnections(CancellationToken cancellationToken)
    {
        var connections = await Ask<NodeOf[]>("api/connections?columns=name,node", cancellationToken);
        return MostNamed(connections.Select(connection => connection.Node), "has no client connection");
    }

    private PrivateRabbitMqNode MostNamed(IEnumerable<string?> nodeNames, string otherwise)
    {
        var most = nodeNames.OfType<string>().GroupBy(name => name).MaxBy(group => group.Count())?.Key
            ?? throw new InvalidOperationException($"No node of the cluster {otherwise} in {VirtualHost}.");
        return Nodes.Single(node => node.NodeName == most);
    }

    private async Task<T> Ask<T>(string path, CancellationToken cancellationToken)
    {
        using var management = Nodes.First(node => node.Pid is not null).ManagementClient();
        return await management.GetFromJsonAsync<T>(path, cancellationToken) ?? throw new InvalidOperationException($"The management API answered nothing for {path}.");
    }

    /// <summary>
    /// Every node stopped gracefully, the first last, left down for <paramref name="down"/>, and started again, the first
    /// first: a node that was not the last to stop waits for the one that was before it serves. The others stop and start
    /// together.
    /// </summary>
    public async Task RestartAll(TimeSpan down, CancellationToken cancellationToken)
    {
        await Task.WhenAll(Nodes.Skip(1).Select(node => node.Stop()));
        await Nodes[0].Stop();

        // The outage itself, not a wait for anything: how long services and clients live without the broker.
        await Task.Delay(down, cancellationToken);
        await Nodes[0].StartAgain();
        await Task.WhenAll(Nodes.Skip(1).Select(node => node.StartAgain()));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }

    private sealed record NodeOf(string Name, string? Leader, string? Node);
}
