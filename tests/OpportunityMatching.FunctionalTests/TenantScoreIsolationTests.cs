using System.Net.Http.Json;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>BM25 weighs a word by how many documents use it: only the tenant's own documents may count.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class TenantScoreIsolationTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int TenantBPosts = 80;
    private static readonly string[] Words = ["contabilidad", "nómina", "impuestos", "declaraciones", "SAT", "pymes", "auditoría", "facturación"];
    private readonly TwoReplicas replicas = new(infrastructure);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await replicas.DisposeAsync();

    [Fact]
    public async Task Tenant_a_scores_stay_the_same_while_tenant_b_posts_many_opportunities_with_the_same_words()
    {
        var tenantA = replicas.First.ClientFor($"tenant-a-{Guid.NewGuid():N}");
        var tenantBId = $"tenant-b-{Guid.NewGuid():N}";
        var tenantB = replicas.First.ClientFor(tenantBId);
        await tenantA.Post(Offer("marta", "service", "Contabilidad para pymes", "Llevo la contabilidad mensual, la nómina y las declaraciones del SAT.", ["contabilidad"]));
        await tenantA.Post(Offer("jorge", "service", "Nómina e impuestos", "Calculo la nómina y presento impuestos cada mes.", ["nómina"]));
        await tenantA.Post(Offer("lucia", "service", "Auditoría para pymes", "Auditoría de estados financieros y facturación.", ["auditoría"]));
        var need = await tenantA.Post(Need("pablo", "service", "Busco contador para mi pyme", "Que lleve la contabilidad, la nómina y los impuestos.", ["contabilidad"]));
        var before = await Scores(tenantA, need.Id);

        var needInB = await tenantB.Post(Need("ana", "service", "Busco contabilidad y nómina", "Contabilidad, nómina e impuestos para mi pyme.", ["contabilidad"]));
        for (var i = 0; i < TenantBPosts; i++)
        {
            var words = string.Join(' ', Words.Skip(i % Words.Length).Concat(Words).Take(1 + i % 5));
            await tenantB.Post(i % 4 == 0
                ? Need($"need-{i}", "service", $"Necesito {words}", $"Busco quien haga {words} para mi empresa.", [Words[i % Words.Length]])
                : Offer($"offer-{i}", "service", $"Ofrezco {words}", $"Hago {words} para pymes y empresas grandes, {words}.", [Words[i % Words.Length]]));
        }

        var viaOtherReplica = await replicas.Second.ClientFor(tenantBId).Post(
            Offer("last", "service", "Contabilidad y nómina", "Contabilidad y nómina de pymes.", ["contabilidad"]));
        await Eventually.Get(async () =>
        {
            var again = await tenantB.GetFromJsonAsync<Posted>($"/api/v1/opportunities/{needInB.Id}/matches?limit=100");
            return again!.Matches!.Any(match => match.OpportunityId == viaOtherReplica.Id) ? again : null;
        }, what: "the first replica following tenant B's last post");
        var after = await Scores(tenantA, need.Id);

        Assert.Equal(3, before.Count);
        Assert.All(before, score => Assert.True(score.TextRelevance > 0));
        Assert.Equal(before, after);
    }

    private static async Task<List<(string Id, double Score, double TextRelevance)>> Scores(HttpClient client, string needId)
    {
        var matches = await client.GetFromJsonAsync<Posted>($"/api/v1/opportunities/{needId}/matches");
        return [.. matches!.Matches!.Select(match => (match.OpportunityId, match.Score, match.Why.TextRelevance))];
    }
}
