using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;
using System.Net.Sockets;

namespace NetworkingPlatform.Notification.FunctionalTests.Fakes;

/// <summary>
/// Records every outbound attempt made in this process, whoever makes it (a factory client, a library's own
/// <c>new HttpClient()</c>, a raw socket): the host names resolved (System.Net.NameResolution), the hosts HTTP
/// requests start for (System.Net.Http) and the addresses sockets connect to (System.Net.Sockets).
/// </summary>
public sealed class OutboundAttempts : EventListener
{
    private static readonly string[] Sources = ["System.Net.NameResolution", "System.Net.Http", "System.Net.Sockets"];

    // Initialised before the base constructor, which already reports the event sources that exist.
    private readonly ConcurrentQueue<string> hosts = new();

    /// <summary>Each host name or address something in this process tried to reach, as "source: host".</summary>
    public IReadOnlyList<string> Hosts => [.. hosts];

    /// <summary>The attempts whose host is neither loopback nor one of <paramref name="configured"/>.</summary>
    public IReadOnlyList<string> Beyond(IReadOnlySet<string> configured) =>
        [.. Hosts.Where(attempt => attempt.Split(": ", 2)[1] is var host
            && !configured.Contains(host)
            && !(IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address)))];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (Sources.Contains(eventSource.Name))
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var host = (eventData.EventSource.Name, eventData.EventName) switch
        {
            ("System.Net.NameResolution", "ResolutionStart") => eventData.Payload?[0] as string,
            ("System.Net.Http", "RequestStart") => eventData.Payload?[1] as string,
            ("System.Net.Sockets", "ConnectStart") => AddressOf(eventData.Payload?[0] as string),
            _ => null,
        };
        if (host is not null)
        {
            hosts.Enqueue($"{eventData.EventSource.Name}: {host.ToLowerInvariant()}");
        }
    }

    /// <summary>The IP address in a socket address as the Sockets event writes it: "InterNetwork:16:{0,80,127,0,0,1,…}" (port, then address).</summary>
    private static string? AddressOf(string? socketAddress)
    {
        if (socketAddress is null)
        {
            return null;
        }

        var parts = socketAddress.Split(':', 3);
        var bytes = parts.Length == 3 ? parts[2].Trim('{', '}').Split(',').Select(byte.Parse).ToArray() : [];
        return parts[0] switch
        {
            nameof(AddressFamily.InterNetwork) when bytes.Length >= 6 => new IPAddress(bytes[2..6]).ToString(),
            nameof(AddressFamily.InterNetworkV6) when bytes.Length >= 22 => new IPAddress(bytes[6..22]).ToString(),
            nameof(AddressFamily.Unix) => "localhost",
            _ => socketAddress,
        };
    }
}
