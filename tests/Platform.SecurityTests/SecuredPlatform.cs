using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using NetworkingPlatform.TestServers;
using NetworkingPlatform.TestServers.Contract;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>
/// The whole platform started once by its AppHost (own database and vhost), with two tenants signed up through the
/// Gateway and tenant A owning something in every service.
/// </summary>
public sealed class SecuredPlatform : IAsyncLifetime
{
    public static readonly string[] Documents = ["gateway", "ingestion", "responsetracking", "opportunitymatching", "notification", "mailboxes"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);

    /// <summary>The webhook host names the suites use and the addresses they resolve to.</summary>
    public static readonly IReadOnlyDictionary<string, string> WebhookHosts = new Dictionary<string, string>
    {
        ["hooks.example.org"] = "203.0.113.10",
        ["10.0.0.1.nip.io"] = "10.0.0.1",
        ["metadata.google.internal"] = "169.254.169.254",
        ["localtest.me"] = "127.0.0.1,::1",
        ["half.example.org"] = "203.0.113.11,192.168.0.7",
        ["nat64.example.org"] = "64:ff9b::a00:1",
    };

    public IsolatedInfrastructure Infrastructure { get; } = new();

    public DistributedApplication App { get; private set; } = null!;

    public TenantCredentials A { get; private set; } = null!;

    public TenantCredentials B { get; private set; } = null!;

    public TenantAResources Owned { get; private set; } = null!;

    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [],
            (_, settings) => settings.Configuration!.AddInMemoryCollection(
                Infrastructure.AppHostSettings($"np_sec_{Guid.NewGuid():N}", $"pw-{Guid.NewGuid():N}")));
        // The suites send hundreds of requests from one key and one address: the limits are tested on their own.
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("RateLimits__PerCallerPerMinute", "1000000")
            .WithEnvironment("RateLimits__AnonymousPerMinute", "1000000");
        // Webhook host names answer from configured entries, never from DNS: a public-looking documentation address for
        // the receivers the suites register, internal addresses for the names the SSRF checks try.
        var notification = builder.CreateResourceBuilder<ProjectResource>("notification");
        foreach (var (host, addresses) in WebhookHosts)
        {
            notification.WithEnvironment($"Webhooks__Hosts__{host}", addresses);
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("portal", timeout.Token);

        A = await SignUp("a");
        B = await SignUp("b");
        Operations = await LoadOperations();
        Owned = await new TenantAData(Gateway(apiKey: A.AdminKey)).Create();
    }

    /// <summary>The Gateway, every answer checked against the committed contract (<see cref="ContractCheck"/>).</summary>
    public HttpClient Gateway(string? apiKey = null, string? cookie = null)
    {
        var client = ContractCheck.Client(App.GetEndpoint("gateway", "http"), useCookies: false);
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

    /// <summary>The web portal, as a browser reaches it.</summary>
    public HttpClient Portal() => Cookieless("portal");

    /// <summary>A service reached directly, without the Gateway, carrying the bearer token given (if any).</summary>
    public HttpClient Service(string service, string? bearer = null)
    {
        var client = Cookieless(service);
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <summary>
    /// A client that sends exactly the credentials it is given: the AppHost's pooled clients share a cookie container,
    /// which would carry one test's session into another's "no credentials" request.
    /// </summary>
    private HttpClient Cookieless(string resource) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }, disposeHandler: true)
        {
            BaseAddress = App.GetEndpoint(resource, "http"),
            Timeout = TimeSpan.FromSeconds(100),
        };

    public async Task<TenantCredentials> SignUp(string name)
    {
        var email = $"admin-{name}-{Guid.NewGuid():N}@example.org";
        const string password = "a long and secret password";
        var signUp = await Gateway().PostAsJsonAsync("/api/v1/account/sign-up", new
        {
            organisationName = $"Tenant {name.ToUpperInvariant()}", displayName = $"Admin {name}", email, password, language = "en",
        });
        Assert.Equal(HttpStatusCode.Created, signUp.StatusCode);
        var account = (await signUp.Content.ReadFromJsonAsync<JsonObject>())!;
        var cookie = SessionCookieOf(signUp);
        var key = await Gateway(cookie: cookie).PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = "security suite", scopes = new[] { "read", "write", "admin" } });
        Assert.Equal(HttpStatusCode.Created, key.StatusCode);
        var created = (await key.Content.ReadFromJsonAsync<JsonObject>())!;
        return new TenantCredentials(account["tenantId"]!.GetValue<string>(), account["accountId"]!.GetValue<string>(), email, password, cookie,
            created["id"]!.GetValue<string>(), created["secret"]!.GetValue<string>());
    }

    public async Task<string> SignIn(TenantCredentials tenant)
    {
        var response = await Gateway().PostAsJsonAsync("/api/v1/account/sign-in", new { email = tenant.Email, password = tenant.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return SessionCookieOf(response);
    }

    public static string SessionCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("np_session=", StringComparison.Ordinal));

    private async Task<IReadOnlyList<ApiOperation>> LoadOperations()
    {
        var client = Gateway();
        var operations = new List<ApiOperation>();
        foreach (var document in Documents)
        {
            var json = await Eventually.Get(async () =>
            {
                var response = await client.GetAsync($"/openapi/{document}.json");
                return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null;
            }, TimeSpan.FromSeconds(60), $"the {document} OpenAPI document at the Gateway");
            operations.AddRange(ApiOperation.From(document, json));
        }

        return operations;
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SecuredPlatformCollection : ICollectionFixture<SecuredPlatform>
{
    public const string Name = "the secured platform through its AppHost";
}
