using NetworkingPlatform.ResponseTracking.People;

namespace NetworkingPlatform.ResponseTracking.Conversations.GettingHistory;

/// <summary>The stored events of a conversation, with its title and the names of the people in it.</summary>
public sealed record ConversationHistoryResponse(string ConversationId, IReadOnlyList<HistoryEntry> Events, string? Title = null, IReadOnlyList<PersonName>? People = null);
