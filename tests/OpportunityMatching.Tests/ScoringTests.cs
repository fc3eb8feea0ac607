using NetworkingPlatform.OpportunityMatching.Matching;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Tests;

public sealed class ScoringTests
{
    [Fact]
    public void Unknown_people_sit_between_those_who_answer_and_those_who_do_not()
    {
        var unknown = ResponsivenessEvidence.Fit(null).Factor;
        var answers = ResponsivenessEvidence.Fit(new ResponsivenessEvidence(20, 20, 1, null)).Factor;
        var silent = ResponsivenessEvidence.Fit(new ResponsivenessEvidence(20, 0, 0, null)).Factor;
        var newcomerMissedOne = ResponsivenessEvidence.Fit(new ResponsivenessEvidence(1, 0, 0, null)).Factor;

        Assert.True(silent < newcomerMissedOne && newcomerMissedOne < unknown && unknown < answers);
    }

    [Fact]
    public void Accents_case_and_inflection_do_not_hide_a_match()
    {
        using var index = new TenantIndex();
        index.Put(Opportunity("o1", "offer", "Traducción jurada de títulos universitarios", ["es"]));
        index.Put(Opportunity("o2", "offer", "Sworn translations of university degrees", ["en"]));

        var spanish = new OpportunityMatcher().Match(index, Opportunity("n1", "need", "TRADUCCION de mi titulo universitario", ["es"]), _ => null, 5);
        var english = new OpportunityMatcher().Match(index, Opportunity("n2", "need", "Translating my degree", ["en"]), _ => null, 5);

        Assert.Equal("o1", Assert.Single(spanish).OpportunityId);
        Assert.Contains("traducción", spanish[0].Why.MatchedTerms);
        Assert.Equal("o2", Assert.Single(english).OpportunityId);
    }

    [Fact]
    public void Own_opportunities_other_categories_and_incompatible_modes_are_never_candidates()
    {
        using var index = new TenantIndex();
        index.Put(Opportunity("mine", "offer", "Clases de guitarra", ["es"], owner: "ana"));
        index.Put(Opportunity("talent", "offer", "Clases de guitarra", ["es"], category: "talent"));
        index.Put(Opportunity("buyer", "offer", "Clases de guitarra", ["es"], mode: "buy"));
        index.Put(Opportunity("right", "offer", "Clases de guitarra", ["es"]));

        var matches = new OpportunityMatcher().Match(index, Opportunity("n", "need", "Clases de guitarra", ["es"], owner: "ana", mode: "buy"), _ => null, 10);

        Assert.Equal(["right"], matches.Select(match => match.OpportunityId));
    }

    private static Candidate Opportunity(string id, string side, string title, string[] languages, string owner = "someone", string category = "service", string mode = "") =>
        new(id, owner == "someone" ? $"owner-{id}" : owner, new OpportunityDetails(side, category,
            mode.Length > 0 ? mode : side == "need" ? "buy" : "sell", title, title, [], [], null, true, languages, null, null));
}
