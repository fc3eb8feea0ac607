namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>What the index found for a subject: its analysed query terms per language field and the BM25 hits.</summary>
public sealed record CandidatePool(
    Candidate Subject,
    IReadOnlyDictionary<string, HashSet<string>> QueryTerms,
    IReadOnlyList<(Candidate Candidate, float Score)> Hits);
