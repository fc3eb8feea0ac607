namespace NetworkingPlatform.Ingestion.Profiles.UpsertingProfile;

/// <summary>The answer to a profile sent: whose it is, and whether it changed anything (202) or not (200).</summary>
public sealed record ProfileTaken(string Member, bool Changed);
