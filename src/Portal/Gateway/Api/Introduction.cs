namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record Introduction(
    string Id, string RequestedBy, string Counterpart, string OpportunityId, string MatchedOpportunityId, string? Message,
    DateTimeOffset RequestedAt, DateTimeOffset ExpiresAt, string Status, IReadOnlyList<string> AcceptedBy, string? DeclinedBy,
    string? ConversationId);
