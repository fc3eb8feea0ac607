using System.Net.Http.Json;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class MatchAlertTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly string tenant = $"tenant-{Guid.NewGuid():N}";
    private readonly PlatformServiceFactory<Program> service = new(infrastructure, new Dictionary<string, string>
    {
        ["Matching:MaxAlertsPerDay"] = "2",
        ["Matching:AlertThreshold"] = "0.3",
    });
    private TestBus bus = null!;

    public async Task InitializeAsync() => bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, typeof(OpportunityMatched));

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await service.DisposeAsync();
    }

    [Fact]
    public async Task An_opportunity_alerts_at_most_the_daily_cap_and_never_twice_for_one_match()
    {
        var client = service.ClientFor(tenant);
        foreach (var owner in new[] { "ana", "beto", "carla" })
        {
            await client.Post(Offer(owner, "advice", "Mentoría para levantar capital semilla", "Preparo el pitch y la valuación para fondos.", ["inversión"]));
        }

        var need = await client.Post(Need("diego", "advice", "Consejo para levantar capital semilla", "Cómo valuar y armar el pitch para fondos.", ["inversión"]));
        var revised = await client.PutAsJsonAsync($"/api/v1/opportunities/{need.Id}",
            Need("diego", "advice", "Consejo para levantar capital semilla", "Cómo valuar, armar el pitch y negociar con fondos.", ["inversión"]));
        revised.EnsureSuccessStatusCode();
        // Published after the need's alerts, from the same ordered event log: once it is here, they all are.
        var later = await client.Post(Need("elena", "advice", "Busco mentoría para mi ronda semilla", "Pitch y valuación para fondos.", ["inversión"]));
        await bus.WaitFor<OpportunityMatched>(m => m.OpportunityId == later.Id);

        Assert.Equal(3, need.Matches!.Count);
        var toDiego = bus.Received<OpportunityMatched>().Where(m => m.OpportunityId == need.Id).ToList();
        var toOffers = bus.Received<OpportunityMatched>().Where(m => m.MatchedOpportunityId == need.Id).ToList();
        Assert.Equal(2, toDiego.Select(m => m.MatchedOpportunityId).Distinct().Count());
        Assert.Equal(2, toDiego.Count);
        Assert.Equal(toDiego.Select(m => m.MatchedOwner).Order(), toOffers.Select(m => m.Recipient).Order());
    }
}
