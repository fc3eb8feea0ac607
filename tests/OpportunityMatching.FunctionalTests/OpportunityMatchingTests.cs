using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.Contracts.Ingestion;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class OpportunityMatchingTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly ServiceScenario<Program> scenario = new(infrastructure, typeof(OpportunityMatched));

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Posting_a_need_answers_with_the_right_offers_ranked_and_explained_and_tells_both_owners()
    {
        var client = scenario.Client;
        var accountant = await client.Post(Offer("marta", "service", "Contabilidad para pymes en México",
            "Llevo la contabilidad mensual de pequeñas empresas, declaraciones ante el SAT y nómina.", ["contabilidad", "impuestos"]));
        var auditor = await client.Post(Offer("jorge", "service", "Auditoría de estados financieros",
            "Auditorías externas para grandes grupos industriales.", ["auditoría"]));
        await client.Post(Offer("lucia", "talent", "Contadora con experiencia en nómina",
            "Contadora titulada busca empleo de planta, nómina y declaraciones.", ["contabilidad"]));

        var need = await client.Post(Need("pablo", "service", "Busco contador para mi pequeña empresa",
            "Necesitamos que alguien lleve la contabilidad, la nómina y las declaraciones del SAT.", ["contabilidad"]));

        Assert.Equal(accountant.Id, need.Matches![0].OpportunityId);
        Assert.DoesNotContain(need.Matches, match => match.Owner == "lucia");
        var best = need.Matches[0];
        Assert.Contains("contabilidad", best.Why.MatchedTerms);
        Assert.Contains("contabilidad", best.Why.MatchedTags);
        Assert.False(best.Why.Responsiveness.Measured);
        Assert.Contains(best.Reasons, reason => reason.StartsWith("Shared terms", StringComparison.Ordinal));
        Assert.True(need.Matches.Count == 1 || need.Matches[1].Score < best.Score);
        Assert.All(need.Matches, match => Assert.NotEqual(need.Id, match.OpportunityId));
        _ = auditor;

        var toNeedOwner = await scenario.Bus.WaitFor<OpportunityMatched>(m => m.Recipient == "pablo" && m.MatchedOpportunityId == accountant.Id);
        var toOfferOwner = await scenario.Bus.WaitFor<OpportunityMatched>(m => m.Recipient == "marta" && m.MatchedOpportunityId == need.Id);
        Assert.Equal((scenario.Tenant, "marta"), (toNeedOwner.TenantId, toNeedOwner.MatchedOwner));
        Assert.NotEmpty(toOfferOwner.Reasons);
    }

    [Fact]
    public async Task A_responsive_counterpart_outranks_an_equally_relevant_unresponsive_one()
    {
        var before = scenario.Service.Consumed.Consumed<ResponsivenessChanged>();
        await scenario.Bus.Publish(new ResponsivenessChanged(Guid.NewGuid(), scenario.Tenant, DateTimeOffset.UtcNow, "ghost", 12, 1, 1 / 12.0, TimeSpan.FromDays(9)));
        await scenario.Bus.Publish(new ResponsivenessChanged(Guid.NewGuid(), scenario.Tenant, DateTimeOffset.UtcNow, "prompt", 12, 12, 1, TimeSpan.FromHours(2)));
        await scenario.Service.Consumed.WaitForConsumed<ResponsivenessChanged>(before + 2);
        const string title = "Developer documentation for REST APIs";
        const string description = "I write getting-started guides and API references from your OpenAPI file.";
        var silent = await scenario.Client.Post(Offer("ghost", "service", title, description, ["documentation"]));
        var answering = await scenario.Client.Post(Offer("prompt", "service", title, description, ["documentation"]));

        var need = await scenario.Client.Post(Need("ana", "service", "Docs for our public API",
            "We need getting-started guides and API references for partners.", ["documentation"]));

        Assert.Equal([answering.Id, silent.Id], need.Matches!.Select(match => match.OpportunityId).Take(2));
        Assert.True(need.Matches![0].Why.Responsiveness.Factor > need.Matches[1].Why.Responsiveness.Factor);
        Assert.True(need.Matches[0].Why.Responsiveness.Measured);
    }

    [Fact]
    public async Task Tenant_b_never_sees_tenant_a_opportunities()
    {
        var offerInA = await scenario.Client.Post(Offer("marta", "service", "Traducción jurada inglés-español",
            "Traduzco actas, títulos y contratos.", ["traducción"]));
        var tenantB = scenario.Service.ClientFor($"tenant-b-{Guid.NewGuid():N}");

        var needInB = await tenantB.Post(Need("pablo", "service", "Traducción de mi título",
            "Necesito traducción jurada de mi título y actas.", ["traducción"]));
        var browsed = await tenantB.Listed("/api/v1/opportunities?side=offer");
        var direct = await tenantB.GetAsync($"/api/v1/opportunities/{offerInA.Id}");

        Assert.Empty(needInB.Matches!);
        Assert.Empty(browsed);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
    }

    [Fact]
    public async Task Invalid_opportunities_are_refused_naming_each_field()
    {
        var response = await scenario.Client.PostAsJsonAsync("/api/v1/opportunities", new
        {
            owner = "ana", side = "wish", category = "service", mode = "buy", title = "", description = "x", languages = new[] { "klingon" },
            budget = new { min = 500, max = 100, currency = "usd" },
        });
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["budget.currency", "budget.max", "languages", "side", "title"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_owner_revises_closes_and_lists_their_opportunities()
    {
        var offer = await scenario.Client.Post(Offer("marta", "product", "Miel orgánica de Yucatán", "Miel multifloral en frascos.", ["miel"]));
        var revised = await scenario.Client.PutAsJsonAsync($"/api/v1/opportunities/{offer.Id}",
            Offer("marta", "product", "Miel orgánica certificada", "Miel multifloral y melipona, frascos y tambos.", ["miel", "orgánico"]));
        var byOther = await scenario.Client.PostAsync($"/api/v1/opportunities/{offer.Id}/close?owner=jorge", null);
        var closed = await scenario.Client.PostAsync($"/api/v1/opportunities/{offer.Id}/close?owner=marta", null);
        var need = await scenario.Client.Post(Need("pablo", "product", "Busco miel orgánica", "Miel certificada en tambos.", ["miel"]));
        var mine = await scenario.Client.Listed("/api/v1/opportunities/mine?owner=marta");

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        Assert.Empty(need.Matches!);
        Assert.Equal([(offer.Id, "closed")], mine.Select(o => (o.Id, o.Status)));
    }

    [Fact]
    public async Task An_imported_profile_offers_its_talent_and_advice()
    {
        var before = scenario.Service.Consumed.Consumed<MemberProfileIngested>();
        var profile = new MemberProfileIngested(Guid.NewGuid(), scenario.Tenant, DateTimeOffset.UtcNow, "Sofia-Ruiz", "Sofía", "Ruiz",
            "Ingeniera de datos con Python y Spark", "Construyo pipelines de datos en AWS.", "Retail", "Lima", ["es", "en"],
            [new ProfilePosition("Data engineer", "Tiendas Andinas", "Pipelines con Spark y Airflow", new DateOnly(2021, 1, 1), null)],
            ["Python", "Spark", "Airflow"]);
        await scenario.Bus.Publish(profile);
        await scenario.Bus.Publish(profile);
        await scenario.Service.Consumed.WaitForConsumed<MemberProfileIngested>(before + 2);

        var need = await scenario.Client.Post(Need("tiendas", "talent", "Ingeniero de datos para retail",
            "Buscamos ingeniero de datos con Python y Spark para pipelines.", ["python", "spark"], mode: "buy"));

        var match = Assert.Single(need.Matches!);
        Assert.Equal(("profile-talent-sofia-ruiz", "sofia-ruiz"), (match.OpportunityId, match.Owner));
        Assert.Equal(["python", "spark"], match.Why.MatchedTags);
    }

    [Fact]
    public async Task The_api_is_described_in_openapi()
    {
        var document = await scenario.Service.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.All(["/api/v1/opportunities", "/api/v1/opportunities/{id}/close", "/api/v1/opportunities/mine", "/api/v1/opportunities/{id}/matches",
            "/api/v1/introductions", "/api/v1/introductions/{id}/accept", "/api/v1/introductions/{id}/decline"], path => Assert.Contains($"\"{path}\"", document));
    }
}
