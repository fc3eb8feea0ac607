namespace NetworkingPlatform.OpportunityMatching.Opportunities;

/// <summary>A need or an offer as a client posts or revises it.</summary>
public sealed record OpportunityRequest(
    string? Owner,
    string? Side,
    string? Category,
    string? Mode,
    string? Title,
    string? Description,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? Skills,
    string? Location,
    bool? Remote,
    IReadOnlyList<string>? Languages,
    BudgetRequest? Budget,
    DateTimeOffset? ExpiresAt);

public sealed record BudgetRequest(decimal? Min, decimal? Max, string? Currency);
