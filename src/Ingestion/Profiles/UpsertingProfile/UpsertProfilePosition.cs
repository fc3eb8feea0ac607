namespace NetworkingPlatform.Ingestion.Profiles.UpsertingProfile;

public sealed record UpsertProfilePosition(string? Title, string? Company, string? Description, DateOnly? StartedOn, DateOnly? FinishedOn);
