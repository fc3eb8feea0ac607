using System.Net.Http.Json;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class InAppNotificationsTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private static ConversationAnswered Answered(string tenantId, string conversation) => new(
        Guid.NewGuid(), tenantId, DateTimeOffset.UtcNow, conversation, "m2", "luis", ["ana"],
        DateTimeOffset.UtcNow.AddHours(-5), DateTimeOffset.UtcNow, TimeSpan.FromHours(5), IsDecline: false);

    [Fact]
    public async Task An_answered_conversation_notifies_who_was_waiting_once_however_often_it_is_delivered()
    {
        var answered = Answered(scenario.Tenant, $"c-{Guid.NewGuid():N}");
        var before = scenario.Service.Consumed.Consumed<ConversationAnswered>();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => scenario.Bus.Publish(answered)));
        await scenario.Service.Consumed.WaitForConsumed<ConversationAnswered>(before + 3);

        var page = await scenario.Client.GetFromJsonAsync<Page>("/api/v1/notifications?member=ana");
        var item = Assert.Single(page!.Items, n => n.ConversationId == answered.ConversationId);
        Assert.Equal("luis replied", item.Title);
        Assert.Equal(1, page.Unread);
    }

    [Fact]
    public async Task Notifications_of_one_tenant_are_invisible_to_another()
    {
        var answered = Answered(scenario.Tenant, $"c-{Guid.NewGuid():N}");
        await scenario.Bus.Publish(answered);
        await Eventually.Get(async () => (await scenario.Client.GetFromJsonAsync<Page>("/api/v1/notifications?member=ana"))!.Items.Count > 0 ? new object() : null);

        var stranger = scenario.Service.ClientFor($"other-{Guid.NewGuid():N}");
        var page = await stranger.GetFromJsonAsync<Page>("/api/v1/notifications?member=ana");

        Assert.Empty(page!.Items);
    }

    private sealed record Page(string Member, int Unread, IReadOnlyList<Item> Items);

    private sealed record Item(string Id, string Title, string? ConversationId, bool Read);
}
