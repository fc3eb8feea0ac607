namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>One tenant's triggers, dispatched with other tenants' in one transaction.</summary>
public sealed record TenantTriggers(string TenantId, IReadOnlyList<Trigger> Triggers);
