using NetworkingPlatform.OpportunityMatching.Matching;

namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>An opportunity as clients see it, with its ranked matches when they were computed.</summary>
public sealed record OpportunityResponse(
    string Id,
    string Owner,
    string Status,
    bool Implicit,
    OpportunityDetails Details,
    DateTimeOffset PostedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OpportunityMatch>? Matches)
{
    public static OpportunityResponse From(Opportunity opportunity, DateTimeOffset now, IReadOnlyList<OpportunityMatch>? matches = null) => new(
        opportunity.Id,
        opportunity.Owner,
        opportunity.IsOpenAt(now) ? "open" : opportunity.IsOpen ? "expired" : "closed",
        opportunity.Implicit,
        opportunity.Details,
        opportunity.PostedAt,
        opportunity.UpdatedAt,
        matches);
}
