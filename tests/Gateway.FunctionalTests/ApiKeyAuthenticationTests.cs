using System.Net;
using System.Net.Http.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Gateway.ApiKeys;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class ApiKeyAuthenticationTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly string SeedFile = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../seeds/demo-tenant.json"));
    private readonly ApiKeySecret demoKey = ApiKeySecret.Generate("demo");
    private EchoService downstream = null!;
    private PlatformServiceFactory<Program> gateway = null!;

    public async Task InitializeAsync()
    {
        downstream = await EchoService.Start(infrastructure.SigningKey);
        gateway = new PlatformServiceFactory<Program>(infrastructure, new Dictionary<string, string>
        {
            ["Seed:DemoTenantFile"] = SeedFile,
            ["Seed:DemoApiKey"] = demoKey.ToString(),
            ["services:ingestion:http:0"] = downstream.Address,
        });
    }

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await downstream.DisposeAsync();
    }

    private HttpClient ClientWithKey(string? key)
    {
        var client = gateway.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    [Fact]
    public async Task A_valid_key_reaches_the_service_as_a_signed_identity_of_its_tenant_and_the_key_stays_at_the_gateway()
    {
        var echo = await ClientWithKey(demoKey.ToString()).GetFromJsonAsync<EchoResponse>("/api/v1/messages/echo");

        Assert.Equal(("demo", "apikey:demo", false, null), (echo!.TenantId, echo.Subject, echo.SawApiKey, echo.Member));
        Assert.Equal(["read", "write"], echo.Scopes);
    }

    public static TheoryData<string, string?> RefusedKeys => new()
    {
        { "no key", null },
        { "malformed key", "let-me-in" },
        { "unknown key id", "np_nobody_0123456789abcdef0123456789" },
        { "right id, wrong secret", "np_demo_0123456789abcdef0123456789" },
    };

    [Theory]
    [MemberData(nameof(RefusedKeys))]
    public async Task A_request_without_a_valid_key_gets_401_problem_details(string _, string? key)
    {
        var response = await ClientWithKey(key).GetAsync("/api/v1/messages/echo");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(401, problem!.Status);
        Assert.Contains("X-Api-Key", problem.Detail);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once_on_every_gateway()
    {
        var key = ApiKeySecret.Generate($"k{Guid.NewGuid():N}");
        var admin = ApiKeySecret.Generate($"a{Guid.NewGuid():N}");
        var store = gateway.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.Store(new ApiKey { Id = key.KeyId, TenantId = "demo", Name = "to revoke", SecretHash = key.Hash(), Scopes = ["read"], CreatedAt = DateTimeOffset.UtcNow });
            session.Store(new ApiKey { Id = admin.KeyId, TenantId = "demo", Name = "admin", SecretHash = admin.Hash(), Scopes = ["read", "write", "admin"], CreatedAt = DateTimeOffset.UtcNow });
            await session.SaveChangesAsync();
        }

        // A second replica that knows the key already: it must hear of the revocation, not wait for its cache to age.
        await using var otherReplica = new PlatformServiceFactory<Program>(infrastructure, new Dictionary<string, string>
        {
            ["Seed:DemoTenantFile"] = SeedFile,
            ["Seed:DemoApiKey"] = demoKey.ToString(),
            ["services:ingestion:http:0"] = downstream.Address,
        });
        HttpClient OnOtherReplica()
        {
            var client = otherReplica.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key.ToString());
            return client;
        }

        Assert.Equal(HttpStatusCode.OK, (await ClientWithKey(key.ToString()).GetAsync("/api/v1/messages/echo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OnOtherReplica().GetAsync("/api/v1/messages/echo")).StatusCode);

        var revoked = await ClientWithKey(admin.ToString()).DeleteAsync($"/api/v1/tenant/api-keys/{key.KeyId}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ClientWithKey(key.ToString()).GetAsync("/api/v1/messages/echo")).StatusCode);
        await Eventually.Get(async () => (await OnOtherReplica().GetAsync("/api/v1/messages/echo")).StatusCode == HttpStatusCode.Unauthorized ? "refused" : null,
            TimeSpan.FromSeconds(5), "the other replica refusing the revoked key");
    }

    [Fact]
    public async Task The_gateway_health_endpoint_needs_no_key()
    {
        var response = await ClientWithKey(null).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
