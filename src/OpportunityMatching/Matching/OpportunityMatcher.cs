using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NetworkingPlatform.OpportunityMatching.Opportunities;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>
/// Finds the counterparts of an opportunity: open ones of the other side, the same category and a compatible
/// mode, not the owner's own. Lucene's BM25 picks the candidates by text and tags; the final score blends text
/// relevance, tag overlap and language and location fit, weighted by how the counterpart owner answers.
/// </summary>
public sealed class OpportunityMatcher
{
    private const int CandidatePool = 50;
    private const int CommonTermsFrom = 10_000;
    private const float KeywordBoost = 2f;
    private const double TextSaturation = 12;
    private const double TextWeight = 0.55;
    private const double TagWeight = 0.25;
    private const double LanguageWeight = 0.1;
    private const double LocationWeight = 0.1;

    private readonly Analyzer analyzer = LanguageAnalyzers.Create();

    /// <summary>Candidates and ranking in one step, for callers that know responsiveness without a database trip.</summary>
    public IReadOnlyList<OpportunityMatch> Match(
        TenantIndex index,
        Candidate subject,
        Func<string, ResponsivenessEvidence?> responsiveness,
        int limit) =>
        Rank(Candidates(index, subject), responsiveness, limit);

    /// <summary>The best counterparts by text and tags, before the owners' responsiveness is known.</summary>
    public CandidatePool Candidates(TenantIndex index, Candidate subject, DateTimeOffset? openAt = null)
    {
        var queryTerms = LanguageAnalyzers.TextFields.ToDictionary(field => field, field => Terms(field, subject.Text));
        var details = subject.Details;
        var hits = index.Search(reader => Query(reader, queryTerms, subject.Keywords), $"{details.Side}/{details.Category}/{details.Mode}",
                () => Counterparts(subject), subject.Owner, CandidatePool)
            .Where(hit => openAt is null || hit.Candidate.Details.ExpiresAt is null || hit.Candidate.Details.ExpiresAt > openAt)
            .ToList();
        return new CandidatePool(subject, queryTerms, hits);
    }

    /// <summary>The final order: text, tags, language and location, weighted by how each counterpart owner answers.</summary>
    public IReadOnlyList<OpportunityMatch> Rank(CandidatePool pool, Func<string, ResponsivenessEvidence?> responsiveness, int limit)
    {
        var scored = pool.Hits
            .Select(hit => Score(pool.Subject, hit.Candidate, hit.Score, responsiveness(hit.Candidate.Owner)))
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Candidate.Id, StringComparer.Ordinal)
            .Take(limit);
        return [.. scored.Select(match => Explain(match, pool.QueryTerms))];
    }

    /// <summary>
    /// Every analysed term and keyword may match; in a large tenant, words in more than one opportunity in ten are
    /// left out — they barely move BM25 and their long postings are most of a search's cost.
    /// </summary>
    private static BooleanQuery? Query(IndexReader reader, IReadOnlyDictionary<string, HashSet<string>> queryTerms, IReadOnlySet<string> keywords)
    {
        var commonAbove = reader.NumDocs >= CommonTermsFrom ? reader.NumDocs / 10 : int.MaxValue;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, terms) in queryTerms)
        {
            foreach (var text in terms)
            {
                var term = new Term(field, text);
                if (commonAbove == int.MaxValue || reader.DocFreq(term) <= commonAbove)
                {
                    query.Add(new TermQuery(term), Occur.SHOULD);
                }
            }
        }

        foreach (var keyword in keywords)
        {
            query.Add(new TermQuery(new Term(TenantIndex.KeywordField, keyword)) { Boost = KeywordBoost }, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    private static Filter Counterparts(Candidate subject)
    {
        var details = subject.Details;
        var modes = new BooleanQuery();
        foreach (var mode in OpportunityVocabulary.CompatibleModes(details.Mode))
        {
            modes.Add(new TermQuery(new Term(TenantIndex.ModeField, mode)), Occur.SHOULD);
        }

        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(TenantIndex.SideField, OpportunityVocabulary.OtherSide(details.Side))), Occur.MUST },
            { new TermQuery(new Term(TenantIndex.CategoryField, details.Category)), Occur.MUST },
            { modes, Occur.MUST },
        };
        return new QueryWrapperFilter(filter);
    }

    private static Scored Score(Candidate subject, Candidate candidate, float bm25, ResponsivenessEvidence? evidence)
    {
        var text = bm25 / (bm25 + TextSaturation);
        var sharedKeywords = subject.Keywords.Intersect(candidate.Keywords, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var smaller = Math.Min(subject.Keywords.Count, candidate.Keywords.Count);
        var tags = smaller == 0 ? 0 : (double)sharedKeywords.Count / smaller;
        var language = Languages(subject.Details, candidate.Details);
        var location = Location(subject.Details, candidate.Details);
        var responsiveness = ResponsivenessEvidence.Fit(evidence);
        var blended = TextWeight * text + TagWeight * tags + LanguageWeight * language.Score + LocationWeight * location.Score;
        return new Scored(candidate, blended * responsiveness.Factor, text, tags, sharedKeywords, language, location, responsiveness);
    }

    private static LanguageFit Languages(OpportunityDetails subject, OpportunityDetails candidate)
    {
        if (subject.Languages.Count == 0 || candidate.Languages.Count == 0)
        {
            return new LanguageFit(1, []);
        }

        var shared = subject.Languages.Intersect(candidate.Languages, StringComparer.Ordinal).ToList();
        return new LanguageFit(shared.Count > 0 ? 1 : 0, shared);
    }

    private static LocationFit Location(OpportunityDetails subject, OpportunityDetails candidate)
    {
        if (subject.Remote || candidate.Remote)
        {
            return new LocationFit(1, "remote");
        }

        if (string.IsNullOrWhiteSpace(subject.Location) || string.IsNullOrWhiteSpace(candidate.Location))
        {
            return new LocationFit(0.5, "not stated");
        }

        return Candidate.Normalize(subject.Location) == Candidate.Normalize(candidate.Location)
            ? new LocationFit(1, $"both in {candidate.Location}")
            : new LocationFit(0, $"{subject.Location} and {candidate.Location}");
    }

    private OpportunityMatch Explain(Scored match, IReadOnlyDictionary<string, HashSet<string>> queryTerms)
    {
        var details = match.Candidate.Details;
        var why = new MatchExplanation(
            MatchedWords(match.Candidate.Text, LanguageAnalyzers.FieldsFor(details.Languages).ToDictionary(field => field, field => queryTerms[field])),
            match.SharedKeywords,
            Math.Round(match.Text, 4),
            Math.Round(match.Tags, 4),
            match.Language,
            match.Location,
            match.Responsiveness);
        return new OpportunityMatch(match.Candidate.Id, match.Candidate.Owner, details.Title, details.Side, details.Category,
            details.Mode, Math.Round(match.Score, 4), why);
    }

    /// <summary>The candidate's own words whose stems the query shares, as the candidate wrote them.</summary>
    private List<string> MatchedWords(string text, IReadOnlyDictionary<string, HashSet<string>> queryTerms)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (field, terms) in queryTerms)
        {
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (terms.Contains(term.ToString()))
                {
                    words.Add(text[offset.StartOffset..offset.EndOffset].ToLowerInvariant());
                }
            }

            stream.End();
        }

        return [.. words];
    }

    private HashSet<string> Terms(string field, string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private sealed record Scored(
        Candidate Candidate,
        double Score,
        double Text,
        double Tags,
        List<string> SharedKeywords,
        LanguageFit Language,
        LocationFit Location,
        ResponsivenessFit Responsiveness);
}
