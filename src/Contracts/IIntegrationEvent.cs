namespace NetworkingPlatform.Contracts;

/// <summary>What every integration event carries: a stable id, its tenant and when it happened.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    string TenantId { get; }
    DateTimeOffset OccurredAt { get; }
}
