namespace NetworkingPlatform.Platform.Load;

/// <summary>A message the platform accepted, with what Ingestion answered about it.</summary>
public sealed record AcceptedMessage(PlannedMessage Planned, bool NeedsReply, string Kind)
{
    public string TenantId => Planned.Tenant.Id;
}
