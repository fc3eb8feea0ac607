namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record MatchExplanation(
    IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> MatchedTags, double TextRelevance, double TagOverlap,
    LanguageFit Language, LocationFit Location, ResponsivenessFit Responsiveness);
