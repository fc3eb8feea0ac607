namespace NetworkingPlatform.Contracts.ResponseTracking;

/// <summary>
/// Every message and invitation of <see cref="Member"/>'s import <see cref="ImportId"/> is recorded: what the import
/// brought (<see cref="Conversations"/>) and where the member stands now (<see cref="WaitingOnMember"/>: conversations
/// waiting on their reply; <see cref="WaitingOnOthers"/>: conversations where they wait on someone). The import's one
/// announcement: what it recorded is history and announces nothing itself. A failed import is summarised at once.
/// </summary>
public sealed record ImportSummarised(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string ImportId,
    string Member,
    bool Succeeded,
    string? Failure,
    long RowsRead,
    long RowsImported,
    long RowsSkipped,
    int Conversations,
    int WaitingOnMember,
    int WaitingOnOthers) : IIntegrationEvent;
