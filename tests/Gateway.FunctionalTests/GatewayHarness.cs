using System.Net.Http.Json;
using NetworkingPlatform.Gateway.ApiKeys;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

/// <summary>The Gateway in process on the run's database, proxying to a real echo service, with the demo tenant seeded.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public const string DemoPassword = "demo-password-for-tests";
    private static readonly string SeedFile = RepositoryPaths.Seed("demo-tenant.json");

    private GatewayHarness(EchoService downstream, PlatformServiceFactory<Program> gateway, ApiKeySecret demoKey)
    {
        Downstream = downstream;
        Gateway = gateway;
        DemoKey = demoKey;
    }

    public EchoService Downstream { get; }

    public PlatformServiceFactory<Program> Gateway { get; }

    public ApiKeySecret DemoKey { get; }

    public static async Task<GatewayHarness> Start(IsolatedInfrastructure infrastructure, IReadOnlyDictionary<string, string>? settings = null)
    {
        var demoKey = ApiKeySecret.Generate("demo");
        var downstream = await EchoService.Start(infrastructure.SigningKey);
        var all = new Dictionary<string, string>
        {
            ["Seed:DemoTenantFile"] = SeedFile,
            ["Seed:DemoApiKey"] = demoKey.ToString(),
            ["Demo:Password"] = DemoPassword,
            ["services:ingestion:http:0"] = downstream.Address,
            ["Cors:PortalOrigin"] = "http://portal.test:5090",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return new GatewayHarness(downstream, new PlatformServiceFactory<Program>(infrastructure, all), demoKey);
    }

    /// <summary>A client that keeps cookies, like a browser.</summary>
    public HttpClient Browser() => Gateway.CreateClient();

    /// <summary>A client that sends what it is told and keeps no cookies.</summary>
    public HttpClient Bare(string? apiKey = null, string? cookie = null)
    {
        var client = Gateway.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    public static async Task<(HttpResponseMessage Response, string Cookie)> SignUp(HttpClient client, string email, string password = "a long enough password")
    {
        var response = await client.PostAsJsonAsync("/api/v1/account/sign-up", new
        {
            organisationName = $"Org of {email}", displayName = "Someone", email, password, language = "en",
        });
        return (response, SessionCookieOf(response));
    }

    public static string SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith("np_session=", StringComparison.Ordinal)) ?? string.Empty
            : string.Empty;

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Downstream.DisposeAsync();
    }
}
