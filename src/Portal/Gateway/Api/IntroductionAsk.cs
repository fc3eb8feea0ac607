namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>Asking to be introduced to a match's owner (POST /api/v1/introductions).</summary>
public sealed record IntroductionAsk(string RequestedBy, string OpportunityId, string MatchedOpportunityId, string? Message);
