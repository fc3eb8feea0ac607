namespace NetworkingPlatform.Notification.InApp.LiveStream;

/// <summary>
/// Listens for <see cref="LiveFeedSignal"/> on a connection of its own and hands the announced notifications of the
/// members with an open stream on this replica to the <see cref="LiveFeed"/>. A lost connection is reopened; what was
/// announced meanwhile is not pushed (the list endpoint is the source of truth, and the stream's first event is the
/// unread count).
/// </summary>
public sealed class LiveFeedListener(NpgsqlDataSource database, IDocumentStore store, LiveFeed feed, ILogger<LiveFeedListener> logger)
    : PostgresChannelListener(database, logger)
{
    protected override string ChannelName => LiveFeedSignal.Channel;

    protected override Task Heard(string payload, CancellationToken cancellationToken) => Push(payload, cancellationToken);

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
