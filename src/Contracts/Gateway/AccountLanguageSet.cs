namespace NetworkingPlatform.Contracts.Gateway;

/// <summary>
/// The account acting as <see cref="Member"/> speaks <see cref="Language"/> ("es" or "en"), chosen at sign-up or changed
/// since: the member's language wherever the platform writes to them, unless they chose another for notifications. The
/// newest by <see cref="IIntegrationEvent.OccurredAt"/> holds.
/// </summary>
public sealed record AccountLanguageSet(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string Member,
    string Language) : IIntegrationEvent;
