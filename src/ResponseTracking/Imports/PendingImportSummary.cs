using Marten.Metadata;

namespace NetworkingPlatform.ResponseTracking.Imports;

/// <summary>An import Ingestion finished whose messages and invitations are not all recorded here yet. Id: the import id.</summary>
public sealed class PendingImportSummary : ITenanted
{
    public string Id { get; set; } = string.Empty;
    public string? TenantId { get; set; }
    public ImportCompleted Completed { get; set; } = null!;
    public DateTimeOffset ReceivedAt { get; set; }
}
