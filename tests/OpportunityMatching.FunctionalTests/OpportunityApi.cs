using System.Net;
using System.Net.Http.Json;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>Posts opportunities the way a client does and reads the answers back.</summary>
public static class OpportunityApi
{
    public static object Offer(string owner, string category, string title, string description, string[] tags, string mode = "sell") => new
    {
        owner, side = "offer", category, mode, title, description, tags, remote = true, languages = new[] { "es", "en" },
    };

    public static object Need(string owner, string category, string title, string description, string[] tags, string mode = "buy") => new
    {
        owner, side = "need", category, mode, title, description, tags, remote = true, languages = new[] { "es" },
    };

    public static async Task<Posted> Post(this HttpClient client, object opportunity)
    {
        var response = await client.PostAsJsonAsync("/api/v1/opportunities", opportunity);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<Posted>())!;
    }

    /// <summary>The items of one page of a list (<c>{"items","page","pageSize","total"}</c>).</summary>
    public static async Task<IReadOnlyList<Posted>> Listed(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<Listing<Posted>>(path))!.Items;

    /// <summary>Asserts a 400 whose problem details name <paramref name="field"/>.</summary>
    public static async Task AssertInvalid(this HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblem>())!.Errors.Keys);
    }

    public sealed record Listing<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

    public sealed record Posted(string Id, string Owner, string Status, IReadOnlyList<Match>? Matches);

    public sealed record Match(string OpportunityId, string Owner, string Title, double Score, Why Why, IReadOnlyList<string> Reasons);

    public sealed record Why(
        IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> MatchedTags, double TextRelevance, Fit Language, Fit Location, Responsiveness Responsiveness);

    public sealed record Fit(double Score);

    public sealed record Responsiveness(double Factor, bool Measured);

    public sealed record ValidationProblem(Dictionary<string, string[]> Errors);
}
