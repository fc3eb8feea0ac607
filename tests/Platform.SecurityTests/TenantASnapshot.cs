using System.Text.Json.Nodes;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Platform.SecurityTests;

/// <summary>Everything tenant A can read about its resources, as A reads it: compared before and after another tenant's attempts.</summary>
public static class TenantASnapshot
{
    /// <summary>Fields that change by themselves: trace ids, windows ending now, a key's last use, a failing webhook's retries.</summary>
    // "score" and "textRelevance": OpportunityMatching's BM25 statistics (term frequencies across documents) are
    // gathered over one index for every tenant, so another tenant's postings move a match's score slightly though
    // never what matches or what it shows. A known gap, written down in the README; the matches themselves compare.
    private static readonly HashSet<string> Volatile = ["traceId", "windowStart", "windowEnd", "lastUsedAt", "attempts", "nextAttemptAt", "lastAttemptAt", "lastError", "failures", "consecutiveFailures", "score", "textRelevance"];

    public static async Task<IReadOnlyDictionary<string, string>> Take(SecuredPlatform platform)
    {
        var a = platform.Gateway(apiKey: platform.A.AdminKey);
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in platform.Operations.Where(IsStableRead))
        {
            var path = RequestCatalogue.PathFor(operation, platform.Owned, platform.A.AccountId, platform.A.AdminKeyId);
            var outcome = await Outcome.Of(a, new HttpRequestMessage(HttpMethod.Get, path), operation.Key);
            snapshot[path] = $"{outcome.Code} {Normalize(outcome.Body)}";
        }

        return snapshot;
    }

    /// <summary>A snapshot that two reads in a row agree on, so that A's own background work (projections, deliveries) has settled.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> Settled(SecuredPlatform platform)
    {
        IReadOnlyDictionary<string, string>? previous = null;
        var changing = new List<string>();
        try
        {
            return await Eventually.Get(async () =>
            {
                var current = await Take(platform);
                var settled = previous is not null && previous.SequenceEqual(current);
                changing = previous is null ? [] : [.. current.Where(pair => previous.GetValueOrDefault(pair.Key) != pair.Value).Select(pair => $"{pair.Key}: {pair.Value}")];
                previous = current;
                return settled ? current : null;
            }, TimeSpan.FromSeconds(90), "tenant A's state settling");
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"{exception.Message} Still changing: {string.Join('\n', changing)}", exception);
        }
    }

    private static bool IsStableRead(ApiOperation operation) =>
        operation.Method == "GET" && !operation.Anonymous && !operation.Path.StartsWith("/api/v1/account", StringComparison.Ordinal)
        && !operation.Path.EndsWith("/stream", StringComparison.Ordinal)
        // A webhook's delivery log follows the delivery worker's retries to an unreachable target, minute by minute.
        && !operation.Path.Contains("/deliveries", StringComparison.Ordinal);

    private static string Normalize(string body)
    {
        try
        {
            var node = JsonNode.Parse(body);
            Strip(node);
            return node?.ToJsonString() ?? string.Empty;
        }
        catch (System.Text.Json.JsonException)
        {
            return body;
        }
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(Volatile.Contains).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }

                break;
        }
    }
}
