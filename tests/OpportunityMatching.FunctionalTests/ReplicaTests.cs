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
}
