namespace NetworkingPlatform.Contracts.ResponseTracking;

/// <summary>A member's responsiveness figures moved. <see cref="ResponseRate"/> is null while nothing was owed to them.</summary>
public sealed record ResponsivenessChanged(
    Guid EventId,
    string TenantId,
    DateTimeOffset OccurredAt,
    string Member,
    int ReplyNeedingReceived,
    int Answered,
    double? ResponseRate,
    TimeSpan? MedianReplyTime) : IIntegrationEvent;
