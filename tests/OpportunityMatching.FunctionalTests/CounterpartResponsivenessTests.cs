using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class CounterpartResponsivenessTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    private PlatformServiceFactory<Program> service => scenario.Service;

    private string tenant => scenario.Tenant;

    private TestBus bus => scenario.Bus;

    private HttpClient client => scenario.Client;

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task The_newest_figures_win_whatever_order_they_arrive_in()
    {
        var now = DateTimeOffset.UtcNow;
        var before = service.Consumed.Consumed<ResponsivenessChanged>();
        await bus.Publish(new ResponsivenessChanged(Guid.NewGuid(), tenant, now, "luis", 4, 3, 0.75, TimeSpan.FromHours(2)));
        await bus.Publish(new ResponsivenessChanged(Guid.NewGuid(), tenant, now.AddMinutes(-5), "luis", 2, 1, 0.5, TimeSpan.FromHours(9)));
        await service.Consumed.WaitForConsumed<ResponsivenessChanged>(before + 2);

        var figures = await client.GetFromJsonAsync<Figures>("/api/v1/matching/members/luis/responsiveness");

        Assert.Equal((0.75, 4, 3), (figures!.ResponseRate, figures.ReplyNeedingReceived, figures.Answered));
    }

    [Fact]
    public async Task A_member_nobody_measured_is_not_found()
    {
        var response = await client.GetAsync($"/api/v1/matching/members/{Guid.NewGuid():N}/responsiveness");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record Figures(double? ResponseRate, int ReplyNeedingReceived, int Answered);
}
