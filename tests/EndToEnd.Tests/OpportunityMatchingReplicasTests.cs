using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.EndToEnd.Tests;

/// <summary>
/// Each OpportunityMatching replica keeps its own Lucene index (see PlatformFixture), each called here on its own port
/// with the identity the Gateway would sign: what one indexes, the other matches within a second, and a replica that
/// restarts is ready only once its index holds everything committed, what was posted while it was down included.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpportunityMatchingReplicasTests(PlatformFixture platform)
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);
    private readonly string tenant = $"replicas-{Guid.NewGuid():N}";

    [Fact]
    public async Task An_offer_posted_on_one_replica_is_matched_on_the_other_within_a_second()
    {
        var replicas = await platform.App.Ready("opportunitymatching");
        var (first, second) = (Client(replicas[0]), Client(replicas[1]));
        var need = await Post(second, "need", "pablo", "Busco traductor jurado", "Traducción jurada de actas del español al alemán.", "traducción");

        var offer = await Post(first, "offer", "marta", "Traductora jurada de alemán", "Traducción jurada español alemán de actas y títulos.", "traducción");

        var posted = Stopwatch.StartNew();
        await Eventually.Get(() => Matches(second, need, offer), OneSecond, "the other replica matching the offer");
        Assert.True(posted.Elapsed <= OneSecond + TimeSpan.FromMilliseconds(100), $"Matched after {posted.Elapsed}.");
    }

    [Fact]
    public async Task A_restarted_replica_is_ready_only_once_it_matches_what_was_posted_while_it_was_down()
    {
        var replicas = await platform.App.Ready("opportunitymatching");
        var (first, restarted) = (Client(replicas[0]), replicas[1]);
        var need = await Post(first, "need", "lucia", "Busco fotógrafo de bodas", "Fotografía de boda en Oaxaca, un día completo.", "fotografía");

        restarted.Kill();
        var offer = await Post(first, "offer", "diego", "Fotógrafo de bodas en Oaxaca", "Fotografía de bodas, reportaje de un día completo.", "fotografía");
        var running = await platform.App.Running("opportunitymatching", restarted.ResourceId, previousPid: restarted.LauncherPid);

        // The first moment its own /health says ready, it must already match the offer it was not running for.
        using var health = running.Client();
        await Eventually.Get(async () =>
        {
            try
            {
                return (await health.GetAsync("/health")).StatusCode == HttpStatusCode.OK ? new object() : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, Replicas.HealthyBound, "the restarted replica ready");
        Assert.NotNull(await Matches(Client(running), need, offer));
    }

    private HttpClient Client(Replica replica)
    {
        var client = replica.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GatewayIdentityTokens.Issue(platform.Infrastructure.SigningKey, tenant));
        return client;
    }

    private static async Task<string> Post(HttpClient replica, string side, string owner, string title, string description, string tag)
    {
        var response = await replica.PostAsJsonAsync("/api/v1/opportunities", new
        {
            owner, side, category = "service", mode = side == "need" ? "buy" : "sell", title, description, tags = new[] { tag }, remote = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Posted>())!.Id;
    }

    private static async Task<object?> Matches(HttpClient replica, string need, string offer)
    {
        var matched = await replica.GetFromJsonAsync<Posted>($"/api/v1/opportunities/{need}/matches");
        return matched!.Matches!.Any(match => match.OpportunityId == offer) ? matched : null;
    }

    private sealed record Posted(string Id, IReadOnlyList<PostedMatch>? Matches);

    private sealed record PostedMatch(string OpportunityId);
}
