using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkingPlatform.AppHost;

/// <summary>Healthy while one of the server's addresses (one, or a cluster's nodes) accepts connections.</summary>
internal sealed class TcpHealthCheck(IReadOnlyList<(string Host, int Port)> endpoints) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var (host, port) in endpoints)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(host, port, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (SocketException)
            {
                // The next node may answer.
            }
        }

        return HealthCheckResult.Unhealthy($"{string.Join(", ", endpoints.Select(e => $"{e.Host}:{e.Port}"))}: none accepts connections.");
    }
}
