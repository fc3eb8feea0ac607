using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// Two Gateways behind one address (see PlatformFixture), each called here on its own port: a session opened through one
/// is good on the other and ends on both, a key revoked through one is refused by the other within a second or so (not
/// after its cache's 30 s), and a caller's limit is one limit over both, not one each.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GatewayReplicasTests(PlatformFixture platform)
{
    /// <summary>The Gateway's default per caller (RateLimitOptions).</summary>
    private const int PerCallerPerMinute = 1200;

    /// <summary>What each replica may still hold of the shared bucket when the other refuses (SharedTokenBucket's slice).</summary>
    private const int Slice = PerCallerPerMinute / 20;

    [Fact]
    public async Task A_session_and_a_key_made_through_one_gateway_work_on_the_other_and_their_revocation_holds_on_both()
    {
        var (first, second) = await Gateways();
        var cookie = await SignUp(first);

        var account = await Send(second, HttpMethod.Get, "/api/v1/account", cookie: cookie);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var key = await CreateKey(second, cookie);
        Assert.Equal(HttpStatusCode.OK, (await Send(first, HttpMethod.Get, "/api/v1/opportunities?limit=1", apiKey: key.Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(second, HttpMethod.Get, "/api/v1/opportunities?limit=1", apiKey: key.Secret)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Send(first, HttpMethod.Delete, $"/api/v1/tenant/api-keys/{key.Id}", cookie: cookie)).StatusCode);
        var revokedAt = Stopwatch.StartNew();
        await Eventually.Get(async () => (await Send(second, HttpMethod.Get, "/api/v1/opportunities?limit=1", apiKey: key.Secret)).StatusCode == HttpStatusCode.Unauthorized
            ? new object() : null, TimeSpan.FromSeconds(5), "the other gateway refusing the revoked key");
        Assert.True(revokedAt.Elapsed < TimeSpan.FromSeconds(5), $"The revocation took {revokedAt.Elapsed} to reach the other gateway.");

        Assert.Equal(HttpStatusCode.NoContent, (await Send(second, HttpMethod.Post, "/api/v1/account/sign-out", cookie: cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(first, HttpMethod.Get, "/api/v1/account", cookie: cookie)).StatusCode);
    }

    [Fact]
    public async Task A_callers_limit_holds_over_both_gateways_together()
    {
        var (first, second) = await Gateways();
        var key = await CreateKey(first, await SignUp(first));
        var gateways = new[] { first, second };

        // Spread evenly, until each gateway has refused once: with a limit per gateway that would take twice the limit.
        var served = 0;
        var refusedBy = new HashSet<int>();
        var elapsed = Stopwatch.StartNew();
        for (var i = 0; refusedBy.Count < 2 && i < 3 * PerCallerPerMinute; i++)
        {
            var status = (await Send(gateways[i % 2], HttpMethod.Get, "/api/v1/replica-limit-probe", apiKey: key.Secret)).StatusCode;
            if (status == HttpStatusCode.TooManyRequests)
            {
                refusedBy.Add(i % 2);
            }
            else if (refusedBy.Count == 0)
            {
                Assert.Equal(HttpStatusCode.NotFound, status);
                served++;
            }
        }

        // The bucket refills by a sixtieth of the limit every second while the requests are sent.
        var refilled = (int)Math.Ceiling(elapsed.Elapsed.TotalSeconds * PerCallerPerMinute / 60);
        Assert.Equal(2, refusedBy.Count);
        Assert.InRange(served, PerCallerPerMinute - 2 * Slice, PerCallerPerMinute + refilled + 2 * Slice);
    }

    private async Task<(HttpClient First, HttpClient Second)> Gateways()
    {
        var replicas = await platform.App.Ready("gateway");
        Assert.Equal(2, replicas.Count);
        return (replicas[0].Client(), replicas[1].Client());
    }

    private static async Task<string> SignUp(HttpClient gateway)
    {
        var email = $"replicas-{Guid.NewGuid():N}@example.org";
        var response = await gateway.PostAsJsonAsync("/api/v1/account/sign-up", new
        {
            organisationName = $"Org of {email}", displayName = "Someone", email, password = "a long enough password", language = "en",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]).Single(cookie => cookie.StartsWith("np_session=", StringComparison.Ordinal));
    }

    private static async Task<CreatedKey> CreateKey(HttpClient gateway, string cookie)
    {
        var response = await Send(gateway, HttpMethod.Post, "/api/v1/tenant/api-keys", cookie: cookie,
            content: JsonContent.Create(new { name = "replicas", scopes = new[] { "read", "write" } }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CreatedKey>())!;
    }

    private static Task<HttpResponseMessage> Send(HttpClient gateway, HttpMethod method, string path, string? cookie = null, string? apiKey = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return gateway.SendAsync(request);
    }

    private sealed record CreatedKey(string Id, string Secret);
}
