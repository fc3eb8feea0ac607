using System.Net;
using System.Net.Sockets;

namespace NetworkingPlatform.TestServers.PrivateServers;

/// <summary>
/// Loopback ports nothing listens on, below the kernel's ephemeral range (32768 and up) so that outgoing connections
/// do not take them meanwhile, and never the same one twice in this process.
/// </summary>
public static class FreePorts
{
    private const int From = 20_000;
    private const int To = 32_000;
    private static readonly HashSet<int> Taken = [];

    public static int Take()
    {
        lock (Taken)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(From, To);
                if (!Taken.Contains(port) && IsFree(port))
                {
                    Taken.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port between {From} and {To}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
