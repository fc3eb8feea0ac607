using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Gateway.FunctionalTests;

/// <summary>Limits by who really calls: each browser behind the portal, and each tenant over all its keys.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ClientLimitTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const string ForwardingKey = "a forwarding key the portal and the gateway share";
    private const int AnonymousPerMinute = 3;
    private const int PerCallerPerMinute = 30;
    private const int PerTenantPerMinute = 40;
    private GatewayHarness harness = null!;

    public async Task InitializeAsync() => harness = await GatewayHarness.Start(infrastructure, new Dictionary<string, string>
    {
        ["RateLimits:AnonymousPerMinute"] = AnonymousPerMinute.ToString(),
        ["RateLimits:PerCallerPerMinute"] = PerCallerPerMinute.ToString(),
        ["RateLimits:PerTenantPerMinute"] = PerTenantPerMinute.ToString(),
        [ForwardedClientAddress.KeySetting] = ForwardingKey,
    });

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Browsers_behind_the_portal_each_have_their_own_anonymous_limit_and_only_a_signed_address_counts()
    {
        // Something behind the portal's one address uses up that address's limit.
        var portal = harness.Bare();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= AnonymousPerMinute + 2; i++)
        {
            statuses.Add((await SignIn(portal, forwarded: null)).StatusCode);
        }

        var forged = await SignIn(portal, forwarded: ("203.0.113.50", "not the shared key"));
        var browser = await SignIn(portal, forwarded: ("203.0.113.51", ForwardingKey));
        var otherBrowser = await SignIn(portal, forwarded: ("2001:db8::51", ForwardingKey));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, browser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherBrowser.StatusCode);
        var limited = await forged.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("https://tools.ietf.org/html/rfc6585#section-4", limited!.Type);
        Assert.False(limited.Extensions.ContainsKey("lockedUntil"), "A request limit is no account lockout.");
    }

    [Fact]
    public async Task A_tenant_cannot_multiply_its_limit_by_minting_keys()
    {
        // Signed up from a browser of its own: the limits are shared through the database, and the anonymous bucket of
        // the harness's address may be spent by the test before.
        var (_, cookie) = await GatewayHarness.SignUp(FreshBrowser(), $"keys-{Guid.NewGuid():N}@example.org");
        var first = await NewKey(cookie);
        var second = await NewKey(cookie);
        var (_, otherCookie) = await GatewayHarness.SignUp(FreshBrowser(), $"other-{Guid.NewGuid():N}@example.org");
        var otherTenantsKey = await NewKey(otherCookie);

        var firstKeyStatuses = await Echo(first, PerCallerPerMinute);
        var secondKeyStatuses = await Echo(second, PerCallerPerMinute);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, firstKeyStatuses);
        // Within its own limit, the second key is refused: the tenant's is used up.
        Assert.Contains(HttpStatusCode.TooManyRequests, secondKeyStatuses);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, await Echo(otherTenantsKey, 5));
    }

    private Task<HttpResponseMessage> SignIn(HttpClient client, (string Address, string Key)? forwarded)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/account/sign-in")
        {
            Content = JsonContent.Create(new { email = $"nobody-{Guid.NewGuid():N}@example.org", password = "a wrong password" }),
        };
        if (forwarded is var (address, key))
        {
            ForwardedClientAddress.Add(request.Headers, IPAddress.Parse(address), key, DateTimeOffset.UtcNow);
        }

        return client.SendAsync(request);
    }

    private HttpClient FreshBrowser()
    {
        var client = harness.Bare();
        var address = new IPAddress(Guid.NewGuid().ToByteArray());
        ForwardedClientAddress.Add(client.DefaultRequestHeaders, address, ForwardingKey, DateTimeOffset.UtcNow);
        return client;
    }

    private async Task<string> NewKey(string cookie)
    {
        var response = await harness.Bare(cookie: cookie).PostAsJsonAsync("/api/v1/tenant/api-keys", new { name = "integration", scopes = new[] { "read", "write" } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
    }

    private async Task<List<HttpStatusCode>> Echo(string key, int times)
    {
        var client = harness.Bare(apiKey: key);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/messages/echo")).StatusCode);
        }

        return statuses;
    }
}
