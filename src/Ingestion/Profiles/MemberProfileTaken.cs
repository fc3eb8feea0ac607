namespace NetworkingPlatform.Ingestion.Profiles;

/// <summary>A new version of what a member says about themself.</summary>
public sealed record MemberProfileTaken(
    string Member,
    string? FirstName,
    string? LastName,
    string? Headline,
    string? Summary,
    string? Industry,
    string? Location,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ProfilePosition> Positions,
    IReadOnlyList<string> Skills);
