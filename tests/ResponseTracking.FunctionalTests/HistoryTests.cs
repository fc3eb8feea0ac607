using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class HistoryTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    private sealed record History(string ConversationId, IReadOnlyList<Entry> Events);

    private sealed record Entry(long Version, string Type, DateTimeOffset RecordedAt);

    [Fact]
    public async Task The_history_lists_every_event_and_the_state_can_be_read_as_of_a_version_or_a_moment()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var path = $"/api/v1/conversations/{conversation}";
        await scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m1", "ana", "luis", 0));
        await scenario.Client.GetWhen<ConversationResponse>(path, _ => true);
        await scenario.Bus.Publish(Ingested.Message(scenario.Tenant, conversation, "m2", "luis", "ana", 5, "other"));
        await scenario.Client.GetWhen<ConversationResponse>(path, s => s.MessageCount == 2);

        var history = await scenario.Client.GetFromJsonAsync<History>($"{path}/history");
        var atFirst = await scenario.Client.GetFromJsonAsync<ConversationResponse>($"{path}?version=1");
        var asOfFirst = await scenario.Client.GetFromJsonAsync<ConversationResponse>(
            $"{path}?asOf={Uri.EscapeDataString(history!.Events[0].RecordedAt.ToString("O"))}");

        Assert.Equal([1L, 2L, 3L], history.Events.Select(e => e.Version));
        Assert.Equal(["message_recorded", "message_recorded", "reply_recorded"], history.Events.Select(e => e.Type));
        Assert.Equal(("awaiting-reply", 1), (atFirst!.State, atFirst.MessageCount));
        Assert.Equal(("awaiting-reply", 1), (asOfFirst!.State, asOfFirst.MessageCount));
    }
}
