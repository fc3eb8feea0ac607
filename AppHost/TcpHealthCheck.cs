using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkingPlatform.AppHost;

internal sealed class TcpHealthCheck(string host, int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy($"{host}:{port} does not accept connections.", exception);
        }
    }
}
