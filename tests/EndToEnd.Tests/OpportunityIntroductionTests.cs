using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class OpportunityIntroductionTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_need_finds_an_offer_and_an_accepted_introduction_becomes_a_tracked_conversation()
    {
        var client = platform.GatewayClient(platform.DemoApiKey);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (offerOwner, needOwner) = ($"marta-{suffix}", $"pablo-{suffix}");
        var offer = await Post(client, new
        {
            owner = offerOwner, side = "offer", category = "service", mode = "sell", title = "Contabilidad para pymes",
            description = "Llevo la contabilidad mensual y la nómina de pequeñas empresas.", tags = new[] { "contabilidad" }, remote = true,
        });
        var need = await Post(client, new
        {
            owner = needOwner, side = "need", category = "service", mode = "buy", title = "Busco contador",
            description = "Necesito quien lleve la contabilidad y la nómina de mi empresa.", tags = new[] { "contabilidad" }, remote = true,
        });
        Assert.Contains(need.Matches!, match => match.OpportunityId == offer.Id);

        var requested = await client.PostAsJsonAsync("/api/v1/introductions", new
        {
            requestedBy = needOwner, opportunityId = need.Id, matchedOpportunityId = offer.Id, message = "Hola, ¿podemos hablar de tu servicio de contabilidad?",
        });
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var introduction = (await requested.Content.ReadFromJsonAsync<Introduction>())!;
        (await client.PostAsync($"/api/v1/introductions/{introduction.Id}/accept?member={offerOwner}", null)).EnsureSuccessStatusCode();
        var accepted = await (await client.PostAsync($"/api/v1/introductions/{introduction.Id}/accept?member={needOwner}", null))
            .Content.ReadFromJsonAsync<Introduction>();

        var conversation = await Eventually.Get(async () =>
        {
            var response = await client.GetAsync($"/api/v1/conversations/{accepted!.ConversationId}");
            return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        }, what: "the introduction's conversation tracked by ResponseTracking");
        Assert.Contains(offerOwner, conversation);
        Assert.Contains("awaiting-reply", conversation);
    }

    private static async Task<Posted> Post(HttpClient client, object opportunity)
    {
        var response = await client.PostAsJsonAsync("/api/v1/opportunities", opportunity);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Posted>())!;
    }

    private sealed record Posted(string Id, IReadOnlyList<PostedMatch>? Matches);

    private sealed record PostedMatch(string OpportunityId);

    private sealed record Introduction(string Id, string Status, string? ConversationId);
}
