using System.Net.Http.Json;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class ReplicaTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly TwoReplicas replicas = new(infrastructure);
    private readonly string tenant = $"tenant-{Guid.NewGuid():N}";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await replicas.DisposeAsync();

    [Fact]
    public async Task A_replica_matches_what_another_replica_posted_after_it_started()
    {
        var viaFirst = replicas.First.ClientFor(tenant);
        var viaSecond = replicas.Second.ClientFor(tenant);
        await viaSecond.GetAsync("/api/v1/opportunities?limit=1");

        var offer = await viaFirst.Post(Offer("marta", "product", "Café de especialidad de Chiapas", "Café de altura en grano, venta por kilo.", ["café"]));

        var need = await viaSecond.Post(Need("pablo", "product", "Busco café en grano", "Café de altura para mi cafetería.", ["café"]));

        var matched = await Eventually.Get(async () =>
        {
            var again = await viaSecond.GetFromJsonAsync<Posted>($"/api/v1/opportunities/{need.Id}/matches");
            return again!.Matches!.Any(match => match.OpportunityId == offer.Id) ? again : null;
        }, what: "the second replica matching the first replica's offer");
        Assert.Equal("marta", matched.Matches!.Single(match => match.OpportunityId == offer.Id).Owner);
    }

    [Fact]
    public async Task A_replica_matches_what_another_posted_within_a_second_without_waiting_for_its_poll()
    {
        await using var slowPolling = new TwoReplicas(infrastructure, pollEvery: TimeSpan.FromMinutes(10));
        var viaFirst = slowPolling.First.ClientFor(tenant);
        var viaSecond = slowPolling.Second.ClientFor(tenant);
        var need = await viaSecond.Post(Need("pablo", "product", "Busco miel cruda", "Miel de abeja melipona para mi tienda.", ["miel"]));

        var offer = await viaFirst.Post(Offer("marta", "product", "Miel melipona de Yucatán", "Miel cruda de abeja melipona, frascos de 250 g.", ["miel"]));

        await Eventually.Get(async () =>
        {
            var again = await viaSecond.GetFromJsonAsync<Posted>($"/api/v1/opportunities/{need.Id}/matches");
            return again!.Matches!.Any(match => match.OpportunityId == offer.Id) ? again : null;
        }, TimeSpan.FromSeconds(1), "the second replica matching the first replica's offer within a second");
    }
}
