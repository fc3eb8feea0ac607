using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class GatewayIdentityTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly PlatformServiceFactory<Program> service = new(infrastructure);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await service.DisposeAsync();

    public static TheoryData<string, string?> RefusedIdentities => new()
    {
        { "no identity", null },
        { "not a token", "Bearer not-a-token" },
        { "an api key instead of the gateway identity", "Bearer np_demo_0123456789abcdef0123" },
    };

    [Theory]
    [MemberData(nameof(RefusedIdentities))]
    public async Task A_request_without_a_valid_gateway_identity_gets_401_with_problem_details(string _, string? authorization)
    {
        var client = service.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.GetAsync("/api/v1/conversations/any");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(401, problem?.Status);
    }

    [Fact]
    public async Task A_forged_identity_signed_with_another_key_gets_401()
    {
        var client = service.CreateClient();
        var forged = GatewayIdentityTokens.Issue(new string('x', 64), "demo");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        var response = await client.GetAsync("/api/v1/conversations/any");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_identity_gets_401()
    {
        var client = service.CreateClient();
        var expired = GatewayIdentityTokens.Issue(infrastructure.SigningKey, "demo", lifetime: TimeSpan.FromMinutes(5), issuedAt: DateTime.UtcNow.AddHours(-1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expired);

        var response = await client.GetAsync("/api/v1/conversations/any");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_identity_reaches_the_endpoint()
    {
        var response = await service.ClientFor("demo").GetAsync($"/api/v1/conversations/{Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
