namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record Opportunity(
    string Id, string Owner, string Status, bool Implicit, OpportunityDetails Details, DateTimeOffset PostedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<OpportunityMatch>? Matches);
