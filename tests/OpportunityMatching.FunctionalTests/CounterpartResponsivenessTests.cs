using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class CounterpartResponsivenessTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task The_newest_figures_win_whatever_order_they_arrive_in()
    {
        var now = DateTimeOffset.UtcNow;
        var before = scenario.Service.Consumed.Consumed<ResponsivenessChanged>();
        await scenario.Bus.Publish(new ResponsivenessChanged(Guid.NewGuid(), scenario.Tenant, now, "luis", 4, 3, 0.75, TimeSpan.FromHours(2)));
        await scenario.Bus.Publish(new ResponsivenessChanged(Guid.NewGuid(), scenario.Tenant, now.AddMinutes(-5), "luis", 2, 1, 0.5, TimeSpan.FromHours(9)));
        await scenario.Service.Consumed.WaitForConsumed<ResponsivenessChanged>(before + 2);

        var figures = await scenario.Client.GetFromJsonAsync<Figures>("/api/v1/matching/members/luis/responsiveness");

        Assert.Equal((0.75, 4, 3), (figures!.ResponseRate, figures.ReplyNeedingReceived, figures.Answered));
    }

    [Fact]
    public async Task A_member_nobody_measured_is_not_found()
    {
        var response = await scenario.Client.GetAsync($"/api/v1/matching/members/{Guid.NewGuid():N}/responsiveness");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed record Figures(double? ResponseRate, int ReplyNeedingReceived, int Answered);
}
