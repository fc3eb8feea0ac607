using NetworkingPlatform.OpportunityMatching.Matching;
using Xunit.Abstractions;

namespace NetworkingPlatform.OpportunityMatching.Tests;

public sealed class RelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void The_labelled_needs_find_their_offers_in_the_top_three()
    {
        var set = RelevanceSet.Load();
        using var index = new TenantIndex();
        foreach (var offer in set.Offers)
        {
            index.Put(offer, refresh: false);
        }

        index.Refresh();
        var matcher = new OpportunityMatcher();
        var hitsAtThree = 0;
        var reciprocalRanks = 0.0;
        var misses = new List<string>();
        foreach (var (need, expected) in set.Needs)
        {
            var ranked = matcher.Match(index, need, _ => null, 10).Select(match => match.OpportunityId).ToList();
            var rank = ranked.FindIndex(expected.Contains) + 1;
            hitsAtThree += rank is > 0 and <= 3 ? 1 : 0;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            if (rank is 0 or > 3)
            {
                misses.Add($"{need.Id} (rank {rank}): got {string.Join(", ", ranked.Take(3))}");
            }
        }

        var recall = (double)hitsAtThree / set.Needs.Count;
        var mrr = reciprocalRanks / set.Needs.Count;
        var rivals = set.Needs.Select(entry => set.Offers.Count(offer => offer.Details.Category == entry.Need.Details.Category)).ToList();
        var chance = set.Needs.Zip(rivals, (entry, count) => Math.Min(3.0, count) / count).Average();
        output.WriteLine($"needs: {set.Needs.Count}, offers: {set.Offers.Count}, recall@3: {recall:0.000}, MRR: {mrr:0.000}");
        output.WriteLine($"same-category offers competing per need: min {rivals.Min()}, recall@3 by chance: {chance:0.000}");
        misses.ForEach(output.WriteLine);

        Assert.True(set.Needs.Count >= 200, "The set holds at least 200 needs.");
        Assert.True(rivals.Min() >= 40, "Every need competes against at least 40 offers of its category.");
        Assert.True(recall >= 0.9, $"recall@3 is {recall:0.000}, below 0.9");
    }
}
