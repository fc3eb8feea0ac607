namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>
/// What Ingestion's directory of people learned: for each handle, the name to show, and what else is known. Published
/// only for people who are new or whose details changed; a field left null is not known (keep what you have).
/// </summary>
public sealed record PeopleNamed(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    IReadOnlyList<NamedPerson> People) : IIntegrationEvent;

/// <summary>
/// A person of a tenant: a handle (profile slug, email or id), shown as <see cref="DisplayName"/>. <see cref="Emails"/>:
/// email addresses that are this same person (an import's Connections file says so); null when none are known.
/// </summary>
public sealed record NamedPerson(string Handle, string? DisplayName, string? Headline, string? ProfileUrl, DateTimeOffset FirstSeen,
    IReadOnlyList<string>? Emails = null);
