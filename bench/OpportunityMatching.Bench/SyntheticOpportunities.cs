using System.Text.Json;
using NetworkingPlatform.OpportunityMatching.Matching;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Bench;

/// <summary>
/// Opportunities for load: each takes a labelled seed item of the relevance set and mixes in words and tags of
/// others, so term statistics look like a real tenant's rather than 100,000 copies of one text.
/// </summary>
public sealed class SyntheticOpportunities
{
    private readonly List<(string Category, Item Item)> items = [];
    private readonly string[] words;
    private readonly string[] tags;

    public SyntheticOpportunities()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "relevance"), "*.jsonl"))
        {
            var category = Path.GetFileNameWithoutExtension(file);
            items.AddRange(File.ReadLines(file).Select(line => (category, JsonSerializer.Deserialize<Item>(line, JsonSerializerOptions.Web)!)));
        }

        words = [.. items.SelectMany(entry => entry.Item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(word => word.Length > 3).Distinct()];
        tags = [.. items.SelectMany(entry => entry.Item.Tags).Distinct()];
    }

    public IEnumerable<Candidate> Open(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (category, item) = items[random.Next(items.Count)];
            var side = random.Next(2) == 0 ? OpportunityVocabulary.Need : OpportunityVocabulary.Offer;
            var mode = OpportunityVocabulary.Modes[random.Next(OpportunityVocabulary.Modes.Count)];
            var extra = string.Join(' ', Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)]));
            var details = new OpportunityDetails(side, category, mode, item.Title, $"{item.Text} {extra}",
                [.. item.Tags, tags[random.Next(tags.Length)]], [], null, random.Next(3) == 0, [item.Lang], null, null);
            yield return new Candidate($"bench-{seed}-{i}", $"member-{random.Next(20_000)}", details);
        }
    }

    /// <summary>The labelled needs, as new opportunities to match.</summary>
    public IReadOnlyList<Candidate> Needs() =>
    [
        .. items.Where(entry => entry.Item.Side == OpportunityVocabulary.Need).Select(entry => new Candidate(
            $"query-{entry.Item.Id}", "bench-query",
            new OpportunityDetails(OpportunityVocabulary.Need, entry.Category, entry.Item.Mode ?? "buy", entry.Item.Title, entry.Item.Text,
                entry.Item.Tags, [], null, true, [entry.Item.Lang], null, null))),
    ];

    private sealed record Item(string Id, string Side, string Lang, string Title, string Text, IReadOnlyList<string> Tags, string? Mode);
}
