namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A conversation's stored events (GET /api/v1/conversations/{id}/history).</summary>
public sealed record ConversationHistory(string ConversationId, IReadOnlyList<HistoryEntry> Events);
