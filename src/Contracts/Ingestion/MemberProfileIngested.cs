namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>What a member says about themself (from a LinkedIn export or the profile API); used for matching.</summary>
public sealed record MemberProfileIngested(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string Member,
    string? FirstName,
    string? LastName,
    string? Headline,
    string? Summary,
    string? Industry,
    string? Location,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ProfilePosition> Positions,
    IReadOnlyList<string> Skills) : IIntegrationEvent;

/// <summary>A position held, as listed on the profile.</summary>
public sealed record ProfilePosition(string Title, string? Company, string? Description, DateOnly? StartedOn, DateOnly? FinishedOn);
