namespace NetworkingPlatform.ResponseTracking.Conversations.GettingHistory;

public sealed record ConversationHistoryResponse(string ConversationId, IReadOnlyList<HistoryEntry> Events);
