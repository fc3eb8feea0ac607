namespace NetworkingPlatform.OpportunityMatching.Introductions.Requesting;

/// <summary>Ask to be introduced to the owner of <see cref="MatchedOpportunityId"/>, about one's own <see cref="OpportunityId"/>.</summary>
public sealed record IntroductionRequest(string? RequestedBy, string? OpportunityId, string? MatchedOpportunityId, string? Message);
