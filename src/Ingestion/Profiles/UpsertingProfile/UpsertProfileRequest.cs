namespace NetworkingPlatform.Ingestion.Profiles.UpsertingProfile;

public sealed record UpsertProfileRequest(
    string? FirstName,
    string? LastName,
    string? Headline,
    string? Summary,
    string? Industry,
    string? Location,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<UpsertProfilePosition>? Positions,
    IReadOnlyList<string>? Skills);
