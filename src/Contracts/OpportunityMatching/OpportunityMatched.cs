namespace NetworkingPlatform.Contracts.OpportunityMatching;

/// <summary>
/// <see cref="Recipient"/>'s opportunity <see cref="OpportunityId"/> matched <see cref="MatchedOwner"/>'s
/// <see cref="MatchedOpportunityId"/>. Published for each of the two owners; <see cref="Reasons"/> explain the match.
/// </summary>
public sealed record OpportunityMatched(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string Recipient,
    string OpportunityId,
    string OpportunityTitle,
    string MatchedOpportunityId,
    string MatchedOpportunityTitle,
    string MatchedOwner,
    double Score,
    IReadOnlyList<string> Reasons) : IIntegrationEvent;
