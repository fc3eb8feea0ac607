namespace NetworkingPlatform.Contracts.Ingestion;

/// <summary>
/// A member's LinkedIn export import finished. <see cref="Succeeded"/> is false when the upload could not be read at
/// all (a corrupt archive, say); row-level problems are counted in <see cref="RowsSkipped"/> and listed in the report.
/// <see cref="TrackedItems"/>: how many messages and invitations it published (each carries <see cref="ImportId"/>), so
/// a consumer can tell when it has seen them all; <see cref="Conversations"/>: how many conversations the export holds.
/// </summary>
public sealed record ImportCompleted(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string ImportId,
    string Member,
    bool Succeeded,
    long RowsRead,
    long RowsImported,
    long RowsSkipped,
    string? Failure,
    long TrackedItems = 0,
    int Conversations = 0) : IIntegrationEvent;
