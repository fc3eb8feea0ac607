namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A need or an offer as the member posts it (POST /api/v1/opportunities).</summary>
public sealed record OpportunityPost(
    string Owner, string Side, string Category, string Mode, string Title, string Description, IReadOnlyList<string> Tags,
    IReadOnlyList<string> Skills, string? Location, bool Remote, IReadOnlyList<string> Languages);
