using System.Net;

namespace NetworkingPlatform.Platform.Load;

/// <summary>The HTTP client the driver sends through: many connections, none dropped between bursts, no cookies.</summary>
public static class GatewayClient
{
    public static HttpClient Create(Uri gateway) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
    })
    {
        BaseAddress = gateway,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
