namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>What an owner says about an opportunity: everything that can be posted and later revised.</summary>
public sealed record OpportunityDetails(
    string Side,
    string Category,
    string Mode,
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Skills,
    string? Location,
    bool Remote,
    IReadOnlyList<string> Languages,
    BudgetRange? Budget,
    DateTimeOffset? ExpiresAt);

/// <summary>An optional price range, in one currency.</summary>
public sealed record BudgetRange(decimal? Min, decimal? Max, string Currency);
