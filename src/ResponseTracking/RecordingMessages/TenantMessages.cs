using NetworkingPlatform.ResponseTracking.Conversations;

namespace NetworkingPlatform.ResponseTracking.RecordingMessages;

/// <summary>Messages of one tenant, recorded together with other tenants' in one transaction.</summary>
public sealed record TenantMessages(string TenantId, IReadOnlyCollection<MessageRecorded> Messages);
