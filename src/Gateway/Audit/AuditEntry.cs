namespace NetworkingPlatform.Gateway.Audit;

/// <summary>One admin action of a tenant: who did what to which target, and when.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = string.Empty;
    public string Action { get; set; } = string.Empty;
    public string Target { get; set; } = string.Empty;
    public string? Details { get; set; }
}
