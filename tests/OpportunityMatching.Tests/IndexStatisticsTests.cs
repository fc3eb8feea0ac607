using NetworkingPlatform.OpportunityMatching.Matching;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Tests;

public sealed class IndexStatisticsTests
{
    [Fact]
    public void Putting_an_unchanged_opportunity_again_leaves_scores_as_they_were()
    {
        using var index = new TenantIndex();
        index.Put(Offer("o1", "Contabilidad para pymes", "Llevo la contabilidad mensual y la nómina."), refresh: false);
        index.Put(Offer("o2", "Nómina y declaraciones", "Calculo la nómina de tu empresa cada quincena."), refresh: false);
        index.Put(Offer("o3", "Diseño de logotipos", "Identidad visual para marcas nuevas."), refresh: false);
        index.Refresh();
        var need = Need("n1", "Busco contador", "Que lleve la contabilidad y la nómina de mi empresa.");
        var before = Scores(index, need);

        index.Put(Offer("o1", "Contabilidad para pymes", "Llevo la contabilidad mensual y la nómina."));
        index.Put(Offer("o2", "Nómina y declaraciones", "Calculo la nómina de tu empresa cada quincena."));

        Assert.Equal(before, Scores(index, need));
    }

    [Fact]
    public void A_revision_lucene_sees_is_matched_and_one_it_does_not_see_is_still_taken()
    {
        using var index = new TenantIndex();
        index.Put(Offer("o1", "Contabilidad para pymes", "Llevo la contabilidad mensual y la nómina."), refresh: false);
        index.Put(Offer("o2", "Diseño de logotipos", "Identidad visual para marcas nuevas."), refresh: false);
        index.Refresh();
        var need = Need("n1", "Busco contador", "Que lleve la contabilidad y la nómina de mi empresa.");

        var textChanged = index.Put(Offer("o2", "Nómina quincenal", "Calculo la nómina de tu empresa."));
        var movedOnly = index.Put(new Candidate("o1", "owner-o1", Details("offer", "sell",
            "Contabilidad para pymes", "Llevo la contabilidad mensual y la nómina.") with
        { Remote = false, Location = "Lima" }));
        var matches = new OpportunityMatcher().Match(index, new Candidate(need.Id, need.Owner, need.Details with { Remote = false, Location = "Quito" }), _ => null, 10);

        Assert.Equal((true, false), (textChanged, movedOnly));
        Assert.Contains("nómina", matches.Single(match => match.OpportunityId == "o2").Why.MatchedTerms);
        Assert.Equal(0, matches.Single(match => match.OpportunityId == "o1").Why.Location.Score);
    }

    private static List<(string, double, double)> Scores(TenantIndex index, Candidate need) =>
        [.. new OpportunityMatcher().Match(index, need, _ => null, 10).Select(match => (match.OpportunityId, match.Score, match.Why.TextRelevance))];

    private static Candidate Offer(string id, string title, string description) => new(id, $"owner-{id}", Details("offer", "sell", title, description));

    private static Candidate Need(string id, string title, string description) => new(id, $"owner-{id}", Details("need", "buy", title, description));

    private static OpportunityDetails Details(string side, string mode, string title, string description) =>
        new(side, "service", mode, title, description, ["contabilidad"], [], null, true, ["es"], null, null);
}
