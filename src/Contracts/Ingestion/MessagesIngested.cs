namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>
/// Messages Ingestion committed together (one REST call, one batch, one chunk of an import). Carrying many messages
/// per bus message is what lets imports of years of history flow at tens of thousands of messages a second; each
/// item keeps its own stable <see cref="MessageIngested.EventId"/> for idempotent consumers.
/// </summary>
public sealed record MessagesIngested(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    IReadOnlyList<MessageIngested> Messages) : IIntegrationEvent;
