using System.Net.Http.Json;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class InAppNotificationsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    private PlatformServiceFactory<Program> service => scenario.Service;

    private string tenant => scenario.Tenant;

    private TestBus bus => scenario.Bus;

    private HttpClient client => scenario.Client;

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private static ConversationAnswered Answered(string tenant, string conversation) => new(
        Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, conversation, "m2", "luis", ["ana"],
        DateTimeOffset.UtcNow.AddHours(-5), DateTimeOffset.UtcNow, TimeSpan.FromHours(5), IsDecline: false);

    [Fact]
    public async Task An_answered_conversation_notifies_who_was_waiting_once_however_often_it_is_delivered()
    {
        var answered = Answered(tenant, $"c-{Guid.NewGuid():N}");
        var before = service.Consumed.Consumed<ConversationAnswered>();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => bus.Publish(answered)));
        await service.Consumed.WaitForConsumed<ConversationAnswered>(before + 3);

        var page = await client.GetFromJsonAsync<Page>("/api/v1/notifications?member=ana");
        var item = Assert.Single(page!.Items, n => n.ConversationId == answered.ConversationId);
        Assert.Equal("luis replied", item.Title);
        Assert.Equal(1, page.Unread);
    }

    [Fact]
    public async Task Notifications_of_one_tenant_are_invisible_to_another()
    {
        var answered = Answered(tenant, $"c-{Guid.NewGuid():N}");
        await bus.Publish(answered);
        await Eventually.Get(async () => (await client.GetFromJsonAsync<Page>("/api/v1/notifications?member=ana"))!.Items.Count > 0 ? new object() : null);

        var stranger = service.ClientFor($"other-{Guid.NewGuid():N}");
        var page = await stranger.GetFromJsonAsync<Page>("/api/v1/notifications?member=ana");

        Assert.Empty(page!.Items);
    }

    private sealed record Page(string Member, int Unread, IReadOnlyList<Item> Items);

    private sealed record Item(string Id, string Title, string? ConversationId, bool Read);
}
