using Marten;
using NetworkingPlatform.Notification.InApp;

namespace NetworkingPlatform.Notification.Dispatching;

/// <summary>What dispatching one tenant's triggers writes, decided before any of it is committed.</summary>
public sealed class DispatchPlan(string tenantId)
{
    public string TenantId { get; } = tenantId;

    public List<Action<IDocumentSession>> Writes { get; } = [];

    public List<InAppNotification> Stored { get; } = [];

    public HashSet<(string ConversationId, string Member)> Nudged { get; } = [];

    public int Queued { get; set; }
}
