namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record OpportunityDetails(
    string Side, string Category, string Mode, string Title, string Description, IReadOnlyList<string> Tags, IReadOnlyList<string> Skills,
    string? Location, bool Remote, IReadOnlyList<string> Languages);
