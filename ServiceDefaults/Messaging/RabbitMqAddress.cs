namespace NetworkingPlatform.ServiceDefaults.Messaging;

/// <summary>
/// The parts of an amqp:// connection string, with the user info and vhost unescaped. A cluster is named by its nodes,
/// comma-separated where one host would stand (amqp://user:password@host1:5672,host2:5673/vhost): <see cref="Host"/> and
/// <see cref="Port"/> are the first node's, and <see cref="Nodes"/> lists every node as host:port.
/// </summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    private const ushort DefaultPort = 5672;

    public IReadOnlyList<string> Nodes { get; init; } = [];

    public static RabbitMqAddress Parse(string connectionString)
    {
        var (single, otherNodes) = SplitNodes(connectionString);
        if (!Uri.TryCreate(single, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "rabbitmq"))
        {
            throw new FormatException("The RabbitMQ connection string must look like amqp://user:password@host:port/vhost, or amqp://user:password@host1:port1,host2:port2/vhost for a cluster.");
        }

        var userInfo = uri.UserInfo.Split(':', 2);
        var username = userInfo.Length > 0 && userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : "guest";
        var password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "guest";
        var path = uri.AbsolutePath.TrimStart('/');
        var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);
        var port = PortOf(uri);
        var nodes = otherNodes.Select(node => Uri.TryCreate($"amqp://{node}", UriKind.Absolute, out var nodeUri) && nodeUri.Host.Length > 0
                ? $"{nodeUri.Host}:{PortOf(nodeUri)}"
                : throw new FormatException($"The RabbitMQ connection string names a node '{node}' that is not host or host:port."));
        return new RabbitMqAddress(uri.Host, port, virtualHost, username, password) { Nodes = [$"{uri.Host}:{port}", .. nodes] };
    }

    private static ushort PortOf(Uri uri) => uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort : (ushort)uri.Port;

    /// <summary>The connection string with only its first node, and the other nodes as they were written.</summary>
    private static (string Single, string[] OtherNodes) SplitNodes(string connectionString)
    {
        var authorityStart = connectionString.IndexOf("://", StringComparison.Ordinal) + 3;
        if (authorityStart < 3)
        {
            return (connectionString, []);
        }

        var pathStart = connectionString.IndexOf('/', authorityStart);
        var authorityEnd = pathStart < 0 ? connectionString.Length : pathStart;
        var hostsStart = connectionString.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) + 1;
        var hosts = connectionString[Math.Max(hostsStart, authorityStart)..authorityEnd].Split(',');
        if (hosts.Length == 1)
        {
            return (connectionString, []);
        }

        var single = string.Concat(connectionString.AsSpan(0, Math.Max(hostsStart, authorityStart)), hosts[0], connectionString.AsSpan(authorityEnd));
        return (single, hosts[1..]);
    }
}
