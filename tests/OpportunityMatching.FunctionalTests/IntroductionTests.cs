using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkingPlatform.Contracts.OpportunityMatching;
using NetworkingPlatform.TestServers;
using static NetworkingPlatform.OpportunityMatching.FunctionalTests.OpportunityApi;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class IntroductionTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan ExpiresAfter = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly string tenant = $"tenant-{Guid.NewGuid():N}";
    private IngestionStub ingestion = null!;
    private TestBus bus = null!;
    private WebApplicationFactory<Program> service = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        ingestion = await IngestionStub.Start(infrastructure.SigningKey);
        bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, typeof(IntroductionProposed));
        service = new PlatformServiceFactory<Program>(infrastructure, new Dictionary<string, string>
        {
            ["Matching:IngestionUrl"] = ingestion.Address,
            ["Matching:IntroductionExpiresAfter"] = ExpiresAfter.ToString(),
            ["Matching:ExpirySweepInterval"] = "00:00:10",
        })
            .WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GatewayIdentityTokens.Issue(infrastructure.SigningKey, tenant));
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await bus.DisposeAsync();
        await ingestion.DisposeAsync();
    }

    [Fact]
    public async Task When_both_accept_their_conversation_starts_in_ingestion()
    {
        var introduction = await Request("Hola Marta, ¿hablamos de tu servicio de contabilidad?");

        await bus.WaitFor<IntroductionProposed>(p => p.IntroductionId == introduction.Id && p.Recipient == "pablo" && p.Counterpart == "marta");
        await bus.WaitFor<IntroductionProposed>(p => p.IntroductionId == introduction.Id && p.Recipient == "marta" && p.Counterpart == "pablo");
        var first = await Answer(introduction.Id, "marta", "accept");
        var second = await Answer(introduction.Id, "pablo", "accept");
        var again = await Answer(introduction.Id, "pablo", "accept");

        Assert.Equal(("pending", "accepted"), (first.Status, second.Status));
        Assert.Equal(HttpStatusCode.Conflict, again.Code);
        var message = await Eventually.Get(() => Task.FromResult(ingestion.Messages.Where(m => m.Tenant == tenant).Select(m => m.Body.ToString()).FirstOrDefault()));
        Assert.Contains("\"from\":\"pablo\"", message);
        Assert.Contains("\"to\":[\"marta\"]", message);
        Assert.Contains($"\"conversationId\":\"{second.ConversationId}\"", message);
        Assert.Contains("contabilidad", message);
    }

    [Fact]
    public async Task A_decline_ends_the_introduction_and_no_conversation_starts()
    {
        var introduction = await Request(null);

        var accepted = await Answer(introduction.Id, "pablo", "accept");
        var declined = await Answer(introduction.Id, "marta", "decline");
        var late = await Answer(introduction.Id, "marta", "accept");
        var outsider = await Answer(introduction.Id, "jorge", "accept");

        Assert.Equal(("pending", "declined", "marta"), (accepted.Status, declined.Status, declined.DeclinedBy));
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.NotFound), (late.Code, outsider.Code));
        Assert.DoesNotContain(ingestion.Messages, m => m.Tenant == tenant);
    }

    [Fact]
    public async Task An_introduction_not_answered_in_time_expires()
    {
        var introduction = await Request(null);
        await Answer(introduction.Id, "pablo", "accept");

        clock.Advance(ExpiresAfter + TimeSpan.FromSeconds(30));
        var expired = await Eventually.Get(async () =>
        {
            var current = await client.GetFromJsonAsync<Intro>($"/api/v1/introductions/{introduction.Id}");
            return current!.Status == "expired" ? current : null;
        });
        var late = await Answer(introduction.Id, "marta", "accept");

        Assert.Equal(["pablo"], expired.AcceptedBy);
        Assert.Equal(HttpStatusCode.Conflict, late.Code);
    }

    [Fact]
    public async Task Only_the_owners_of_a_need_and_an_offer_can_be_introduced()
    {
        var need = await client.Post(Need("pablo", "service", "Contador", "Contabilidad mensual.", ["contabilidad"]));
        var otherNeed = await client.Post(Need("jorge", "service", "Contador", "Contabilidad mensual.", ["contabilidad"]));

        var response = await client.PostAsJsonAsync("/api/v1/introductions", new { requestedBy = "pablo", opportunityId = need.Id, matchedOpportunityId = otherNeed.Id });
        var missing = await client.PostAsJsonAsync("/api/v1/introductions", new { requestedBy = "pablo" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (response.StatusCode, missing.StatusCode));
        Assert.Contains("matchedOpportunityId", await response.Content.ReadAsStringAsync());
        Assert.Contains("opportunityId", await missing.Content.ReadAsStringAsync());
    }

    private async Task<Intro> Request(string? message)
    {
        var offer = await client.Post(Offer("marta", "service", "Contabilidad para pymes", "Contabilidad mensual y nómina.", ["contabilidad"]));
        var need = await client.Post(Need("pablo", "service", "Busco contador", "Contabilidad mensual para mi empresa.", ["contabilidad"]));
        var response = await client.PostAsJsonAsync("/api/v1/introductions",
            new { requestedBy = "pablo", opportunityId = need.Id, matchedOpportunityId = offer.Id, message });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Intro>())!;
    }

    private async Task<Intro> Answer(string id, string member, string answer)
    {
        var response = await client.PostAsync($"/api/v1/introductions/{id}/{answer}?member={member}", null);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<Intro>())! with { Code = response.StatusCode }
            : new Intro(id, "refused", [], null, null) { Code = response.StatusCode };
    }

    private sealed record Intro(string Id, string Status, IReadOnlyList<string> AcceptedBy, string? DeclinedBy, string? ConversationId)
    {
        public HttpStatusCode Code { get; init; }
    }
}
