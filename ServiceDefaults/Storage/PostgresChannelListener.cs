using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NetworkingPlatform.ServiceDefaults.Storage;

/// <summary>
/// Hears one PostgreSQL NOTIFY channel on a connection of its own and hands each payload, in the order sent, to
/// <see cref="Heard"/>. A lost connection is opened again a second later. What was announced while no connection
/// listened is never heard, so <see cref="OnListening"/> runs after every LISTEN (the first included) for a listener
/// to catch up its own way.
/// </summary>
public abstract class PostgresChannelListener(NpgsqlDataSource database, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);
    private readonly TaskCompletionSource firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected abstract string ChannelName { get; }

    /// <summary>The database listened to, for a listener that also announces.</summary>
    protected NpgsqlDataSource Database { get; } = database;

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task WhenListening(CancellationToken cancellationToken) => firstListen.Task.WaitAsync(cancellationToken);

    protected abstract Task Heard(string payload, CancellationToken cancellationToken);

    protected virtual Task OnListening(CancellationToken cancellationToken) => Task.CompletedTask;

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
                logger.LogWarning(exception, "Lost the PostgreSQL connection that listens on {Channel}; listening again in {Delay}.", ChannelName, ReconnectDelay);
            }

            await Task.WhenAny(Task.Delay(ReconnectDelay, stoppingToken));
        }
    }

    private async Task Listen(CancellationToken stoppingToken)
    {
        await using var connection = await Database.OpenConnectionAsync(stoppingToken);
        var received = new ConcurrentQueue<string>();
        connection.Notification += (_, notification) => received.Enqueue(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        await OnListening(stoppingToken);
        firstListen.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            while (received.TryDequeue(out var payload))
            {
                await Heard(payload, stoppingToken);
            }
        }
    }
}
