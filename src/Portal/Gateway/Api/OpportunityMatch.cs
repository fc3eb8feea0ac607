namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record OpportunityMatch(
    string OpportunityId, string Owner, string Title, string Side, string Category, string Mode, double Score, MatchExplanation Why,
    IReadOnlyList<string>? Reasons);
