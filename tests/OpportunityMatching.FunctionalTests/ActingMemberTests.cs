using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>A member acts as themself only (403 otherwise); an integration's key names the member, or gets a 400 naming the field.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ActingMemberTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task A_member_naming_someone_else_is_refused_with_403_even_when_the_rest_is_invalid_too()
    {
        var ana = SignedInAs("Ana");
        var offer = await scenario.Client.Post(Offer("marta", "service", "Clases de guitarra", "Clases para principiantes.", ["guitarra"]));
        var need = await ana.Post(Need("ana", "service", "Busco clases de guitarra", "Para principiante.", ["guitarra"]));
        var introduction = await (await ana.PostAsJsonAsync("/api/v1/introductions",
            new { requestedBy = "ana", opportunityId = need.Id, matchedOpportunityId = offer.Id })).Content.ReadFromJsonAsync<Introduced>();

        var refused = new[]
        {
            await ana.PostAsJsonAsync("/api/v1/opportunities", Need("marta", "service", "Busco clases", "Para principiante.", ["guitarra"])),
            await ana.PostAsJsonAsync("/api/v1/opportunities", new { owner = "marta", side = "wish", title = "" }),
            await ana.PutAsJsonAsync($"/api/v1/opportunities/{need.Id}", Need("marta", "service", "Busco clases", "Para principiante.", ["guitarra"])),
            await ana.PostAsync($"/api/v1/opportunities/{need.Id}/close?owner=marta", null),
            await ana.GetAsync("/api/v1/opportunities/mine?owner=marta"),
            await ana.GetAsync("/api/v1/introductions?member=marta&limit=0"),
            await ana.PostAsJsonAsync("/api/v1/introductions", new { requestedBy = "marta", opportunityId = "", matchedOpportunityId = offer.Id }),
            await ana.PostAsync($"/api/v1/introductions/{introduction!.Id}/accept?member=marta", null),
        };

        Assert.All(refused, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal("ana", need.Owner);
        var problem = await refused[0].Content.ReadFromJsonAsync<Problem>();
        Assert.Equal("Not yourself", problem!.Title);
    }

    [Fact]
    public async Task A_member_may_name_themself_in_any_case()
    {
        var ana = SignedInAs("ana");

        var posted = await ana.Post(Need(" ANA ", "service", "Busco clases de guitarra", "Para principiante.", ["guitarra"]));
        var mine = await ana.Listed("/api/v1/opportunities/mine?owner=Ana");

        Assert.Equal("ana", posted.Owner);
        Assert.Equal([posted.Id], mine.Select(opportunity => opportunity.Id));
    }

    [Fact]
    public async Task An_integration_key_that_names_no_member_or_too_long_a_name_gets_a_400_naming_the_field()
    {
        var responses = new[]
        {
            (await scenario.Client.PostAsJsonAsync("/api/v1/opportunities", Need("", "service", "Busco clases", "Para principiante.", ["guitarra"])), "owner"),
            (await scenario.Client.GetAsync($"/api/v1/opportunities/mine?owner={new string('a', 201)}"), "owner"),
            (await scenario.Client.GetAsync("/api/v1/introductions"), "member"),
            (await scenario.Client.PostAsJsonAsync("/api/v1/introductions", new { opportunityId = "x", matchedOpportunityId = "y" }), "requestedBy"),
        };

        foreach (var (response, field) in responses)
        {
            await response.AssertInvalid(field);
        }
    }

    private HttpClient SignedInAs(string member)
    {
        var client = scenario.Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PlatformIdentityTokens.IssueForService(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(infrastructure.SigningKey)), scenario.Tenant, $"account:{member}", "read write", member, DateTime.UtcNow));
        return client;
    }

    private sealed record Introduced(string Id);

    private sealed record Problem(string Title);
}
