using System.Collections.Concurrent;

namespace NetworkingPlatform.Notification.InApp.LiveStream;

/// <summary>
/// Listens for <see cref="LiveFeedSignal"/> on a connection of its own and hands the announced notifications of the
/// members with an open stream on this replica to the <see cref="LiveFeed"/>. A lost connection is reopened; what was
/// announced meanwhile is not pushed (the list endpoint is the source of truth, and the stream's first event is the
/// unread count).
/// </summary>
public sealed class LiveFeedListener(NpgsqlDataSource database, IDocumentStore store, LiveFeed feed, ILogger<LiveFeedListener> logger) : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Listen(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "The live feed lost its PostgreSQL connection; listening again.");
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Task.WhenAny(Task.Delay(ReconnectDelay, stoppingToken));
        }
    }

    private async Task Listen(CancellationToken stoppingToken)
    {
        await using var connection = await database.OpenConnectionAsync(stoppingToken);
        var received = new ConcurrentQueue<string>();
        connection.Notification += (_, notification) => received.Enqueue(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {LiveFeedSignal.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            while (received.TryDequeue(out var payload))
            {
                await Push(payload, stoppingToken);
            }
        }
    }

    private async Task Push(string payload, CancellationToken cancellationToken)
    {
        if (LiveFeedSignal.Read(payload) is not { } announcement)
        {
            return;
        }

        var followed = announcement.Entries.Where(entry => feed.IsFollowed(announcement.TenantId, entry.Recipient)).Select(entry => entry.Id).ToArray();
        if (followed.Length == 0)
        {
            return;
        }

        await using var session = store.QuerySession(announcement.TenantId);
        feed.Publish(announcement.TenantId, await session.LoadManyAsync<InAppNotification>(cancellationToken, followed));
    }
}
