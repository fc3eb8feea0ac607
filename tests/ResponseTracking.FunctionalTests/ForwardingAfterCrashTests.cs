using System.Net.Http.Json;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class ForwardingAfterCrashTests(IsolatedInfrastructure infrastructure)
{
    [Fact]
    public async Task An_event_committed_before_the_service_stopped_is_published_when_it_comes_back()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        var conversation = $"c-{Guid.NewGuid():N}";
        await using var bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, typeof(ConversationAnswered));

        // The first run commits the reply but stops before its forwarder publishes anything, as a crash would.
        var crashed = new PlatformServiceFactory<Program>(infrastructure, testServices: services => services.AddSingleton<IProjectionCoordinator, DaemonNeverStarted>());
        var client = crashed.ClientFor(tenant);
        await bus.Publish(Ingested.Message(tenant, conversation, "m1", "ana", "luis", 0));
        await bus.Publish(Ingested.Message(tenant, conversation, "m2", "luis", "ana", 2, "other"));
        await Eventually.Get(async () =>
        {
            var response = await client.GetAsync($"/api/v1/conversations/{conversation}");
            var status = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ConversationResponse>() : null;
            return status?.State == "answered" ? status : null;
        }, what: "the reply being committed");
        Guid replyEventId;
        await using (var session = crashed.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant))
        {
            var events = await session.Events.FetchStreamAsync(conversation);
            replyEventId = events.Single(e => e.Data is ReplyRecorded).Id;
        }

        await crashed.DisposeAsync();
        Assert.DoesNotContain(bus.Received<ConversationAnswered>(), a => a.ConversationId == conversation);

        await using var restarted = new PlatformServiceFactory<Program>(infrastructure);
        _ = restarted.Services;

        var published = await bus.WaitFor<ConversationAnswered>(a => a.ConversationId == conversation);
        Assert.Equal(replyEventId, published.EventId);
        Assert.Equal(TimeSpan.FromHours(2), published.ReplyTime);
    }
}
