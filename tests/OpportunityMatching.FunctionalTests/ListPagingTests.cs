using System.Net.Http.Json;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>Lists follow the one paging convention (page from 1, pageSize, an envelope with the total) and still take limit.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ListPagingTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Pages_of_a_list_follow_each_other_without_gaps_or_repeats()
    {
        foreach (var fruit in new[] { "Mango", "Papaya", "Piña", "Guayaba", "Maracuyá" })
        {
            await scenario.Client.Post(Offer("marta", "product", $"{fruit} de Veracruz", $"{fruit} fresca por caja.", ["fruta"]));
        }

        var all = await Ids("/api/v1/opportunities/mine?owner=marta&limit=5");
        var pages = new[]
        {
            await Ids("/api/v1/opportunities/mine?owner=marta&pageSize=2"),
            await Ids("/api/v1/opportunities/mine?owner=marta&pageSize=2&page=2"),
            await Ids("/api/v1/opportunities/mine?owner=marta&pageSize=2&page=3"),
        };
        var browsed = await Ids("/api/v1/opportunities?side=offer&page=2&pageSize=3");

        Assert.Equal(5, all.Count);
        Assert.Equal([2, 2, 1], pages.Select(page => page.Count));
        Assert.Equal(all, pages.SelectMany(page => page));
        Assert.Equal(all.Skip(3), browsed);
    }

    [Fact]
    public async Task Every_list_answers_its_page_in_an_envelope_with_the_total()
    {
        foreach (var fruit in new[] { "Mango", "Papaya", "Piña" })
        {
            await scenario.Client.Post(Offer("marta", "product", $"{fruit} de Veracruz", $"{fruit} fresca por caja.", ["fruta"]));
        }

        var mine = await scenario.Client.GetFromJsonAsync<Listing<Posted>>("/api/v1/opportunities/mine?owner=marta&page=2&pageSize=2");
        var browsed = await scenario.Client.GetFromJsonAsync<Listing<Posted>>("/api/v1/opportunities?limit=1");
        var introductions = await scenario.Client.GetFromJsonAsync<Listing<object>>("/api/v1/introductions?member=marta");

        Assert.Equal((2, 2, 3L, 1), (mine!.Page, mine.PageSize, mine.Total, mine.Items.Count));
        Assert.Equal((1, 1, 3L, 1), (browsed!.Page, browsed.PageSize, browsed.Total, browsed.Items.Count));
        Assert.Equal((1, 20, 0L, 0), (introductions!.Page, introductions.PageSize, introductions.Total, introductions.Items.Count));
    }

    [Fact]
    public async Task A_page_or_size_out_of_range_or_malformed_is_a_400_naming_the_parameter()
    {
        var answers = new[]
        {
            (await scenario.Client.GetAsync("/api/v1/opportunities?page=0"), "page"),
            (await scenario.Client.GetAsync($"/api/v1/opportunities?page={int.MaxValue}&pageSize=200"), "page"),
            (await scenario.Client.GetAsync("/api/v1/opportunities/mine?owner=marta&pageSize=201"), "pageSize"),
            (await scenario.Client.GetAsync("/api/v1/introductions?member=marta&limit=0"), "limit"),
            (await scenario.Client.GetAsync("/api/v1/introductions?member=marta&limit=5&pageSize=10"), "limit"),
            (await scenario.Client.GetAsync("/api/v1/opportunities?page=abc"), "page"),
            (await scenario.Client.GetAsync("/api/v1/opportunities/mine?owner=marta&pageSize=ten"), "pageSize"),
            (await scenario.Client.GetAsync("/api/v1/introductions?member=marta&limit=1.5"), "limit"),
        };

        foreach (var (response, parameter) in answers)
        {
            await response.AssertInvalid(parameter);
        }
    }

    private async Task<List<string>> Ids(string path) => [.. (await scenario.Client.Listed(path)).Select(opportunity => opportunity.Id)];
}
