namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>A counterpart opportunity, its score in [0, 1] and why it matched.</summary>
public sealed record OpportunityMatch(
    string OpportunityId,
    string Owner,
    string Title,
    string Side,
    string Category,
    string Mode,
    double Score,
    MatchExplanation Why)
{
    /// <summary>The explanation in short sentences, for notifications.</summary>
    public IReadOnlyList<string> Reasons => Why.Reasons();
}
