using System.Text.Json;
using NetworkingPlatform.OpportunityMatching.Matching;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Tests;

/// <summary>The labelled needs and offers under seeds/matching, one file per category.</summary>
public sealed record RelevanceSet(IReadOnlyList<Candidate> Offers, IReadOnlyList<(Candidate Need, IReadOnlyList<string> Expected)> Needs)
{
    public static RelevanceSet Load()
    {
        var offers = new List<Candidate>();
        var needs = new List<(Candidate, IReadOnlyList<string>)>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "relevance"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            var category = Path.GetFileNameWithoutExtension(file);
            foreach (var line in File.ReadLines(file).Where(line => line.Length > 0))
            {
                var item = JsonSerializer.Deserialize<Item>(line, JsonSerializerOptions.Web)!;
                var details = new OpportunityDetails(item.Side, category, item.Mode ?? (item.Side == OpportunityVocabulary.Need ? "buy" : "sell"),
                    item.Title, item.Text, item.Tags, [], null, true, [item.Lang], null, null);
                var candidate = new Candidate(item.Id, $"owner-{item.Id}", details);
                if (item.Side == OpportunityVocabulary.Need)
                {
                    needs.Add((candidate, item.Expect ?? []));
                }
                else
                {
                    offers.Add(candidate);
                }
            }
        }

        return new RelevanceSet(offers, needs);
    }

    private sealed record Item(string Id, string Side, string Lang, string Title, string Text, IReadOnlyList<string> Tags, string? Mode, IReadOnlyList<string>? Expect);
}
