namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>An owner put a need or an offer in front of the tenant.</summary>
public sealed record OpportunityPosted(string OpportunityId, string Owner, OpportunityDetails Details, DateTimeOffset PostedAt, bool Implicit);

/// <summary>The owner changed what the opportunity says.</summary>
public sealed record OpportunityRevised(string OpportunityId, OpportunityDetails Details, DateTimeOffset RevisedAt);

/// <summary>The owner took the opportunity off the market.</summary>
public sealed record OpportunityClosed(string OpportunityId, DateTimeOffset ClosedAt);

/// <summary>A match good enough to tell both owners about; their alert count for the day includes it.</summary>
public sealed record MatchFound(
    string OpportunityId,
    string Owner,
    string Title,
    string MatchedOpportunityId,
    string MatchedOwner,
    string MatchedTitle,
    double Score,
    IReadOnlyList<string> Reasons,
    DateTimeOffset FoundAt);
