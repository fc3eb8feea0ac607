using System.Globalization;

namespace NetworkingPlatform.OpportunityMatching.Matching;

/// <summary>Every ingredient of a match score, as a member can read it.</summary>
public sealed record MatchExplanation(
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> MatchedTags,
    double TextRelevance,
    double TagOverlap,
    LanguageFit Language,
    LocationFit Location,
    ResponsivenessFit Responsiveness)
{
    public IReadOnlyList<string> Reasons()
    {
        var reasons = new List<string>();
        if (MatchedTerms.Count > 0)
        {
            reasons.Add($"Shared terms: {string.Join(", ", MatchedTerms)}");
        }

        if (MatchedTags.Count > 0)
        {
            reasons.Add($"Shared tags and skills: {string.Join(", ", MatchedTags)}");
        }

        reasons.Add(Language.Shared.Count > 0 ? $"Both speak {string.Join(", ", Language.Shared)}" : "No language in common");
        reasons.Add($"Location: {Location.Reason}");
        reasons.Add(Responsiveness.Measured
            ? string.Create(CultureInfo.InvariantCulture, $"Answers {Responsiveness.ResponseRate:P0} of the messages that need a reply (factor {Responsiveness.Factor:0.00})")
            : string.Create(CultureInfo.InvariantCulture, $"Responsiveness not measured yet (neutral factor {Responsiveness.Factor:0.00})"));
        return reasons;
    }
}

/// <summary>Languages both owners work in; 1 when they share one or either did not say.</summary>
public sealed record LanguageFit(double Score, IReadOnlyList<string> Shared);

/// <summary>1 when either side works remotely or both are in the same place.</summary>
public sealed record LocationFit(double Score, string Reason);

/// <summary>How much the counterpart owner's habit of answering weighs on the score.</summary>
public sealed record ResponsivenessFit(double Factor, bool Measured, double? ResponseRate, TimeSpan? MedianReplyTime);
