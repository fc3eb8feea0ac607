namespace NetworkingPlatform.Contracts.OpportunityMatching;

/// <summary>
/// <see cref="RequestedBy"/> asked to be introduced, about a match, and <see cref="Recipient"/> is asked to accept or
/// decline before <see cref="ExpiresAt"/>. Both sides of a double opt-in receive one.
/// </summary>
public sealed record IntroductionProposed(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string IntroductionId,
    string RequestedBy,
    string Recipient,
    string Counterpart,
    string OpportunityId,
    string MatchedOpportunityId,
    string? Message,
    DateTimeOffset ExpiresAt) : IIntegrationEvent;
