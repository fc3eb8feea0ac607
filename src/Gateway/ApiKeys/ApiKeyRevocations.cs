using Npgsql;

namespace NetworkingPlatform.Gateway.ApiKeys;

/// <summary>
/// Tells every Gateway replica that a key was revoked: a NOTIFY sent by the transaction that revokes it (PostgreSQL
/// delivers it only if that commits), heard here on a connection of its own. While that connection is down nothing is
/// heard, so every key is read again after it is back.
/// </summary>
public sealed class ApiKeyRevocations(NpgsqlDataSource database, ApiKeyCache cache, ILogger<ApiKeyRevocations> logger) : BackgroundService
{
    public const string Channel = "gateway_api_key_revoked";
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    public static void Announce(IDocumentSession session, string keyId) => session.QueueSqlCommand("select pg_notify(?, ?)", Channel, keyId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Listen(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Lost the connection that hears of revoked API keys; listening again.");
            }

            await Task.WhenAny(Task.Delay(ReconnectDelay, stoppingToken));
        }
    }

    private async Task Listen(CancellationToken stoppingToken)
    {
        await using var connection = await database.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, notification) => cache.Forget(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Revocations announced while no connection listened went unheard.
        cache.ForgetAll();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }
}
