using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Notification.Dispatching;
using NetworkingPlatform.Notification.Triggers;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class LiveStreamTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure, startMailServer: false);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task A_notification_stored_by_one_replica_reaches_a_live_stream_open_on_another()
    {
        var other = await harness.StartReplica();
        using var response = await harness.Client(replica: other).GetAsync("/api/v1/notifications/stream?member=luis", HttpCompletionOption.ResponseHeadersRead);
        await using var events = SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("unread", events.Current.EventType);

        // Stored by the first replica, as its consumer of the event would.
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await using (var scope = harness.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().Dispatch(harness.Tenant, [ReplyOverdueConsumer.ToTrigger(overdue, new NetworkingPlatform.Notification.People.PeopleNames(new Dictionary<string, string>()))], CancellationToken.None);
        }

        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("notification", events.Current.EventType);
        using var pushed = JsonDocument.Parse(events.Current.Data);
        Assert.Equal("ana is waiting for your reply", pushed.RootElement.GetProperty("title").GetString());
        Assert.Equal($"{overdue.EventId:N}:luis", pushed.RootElement.GetProperty("id").GetString());
    }
}
