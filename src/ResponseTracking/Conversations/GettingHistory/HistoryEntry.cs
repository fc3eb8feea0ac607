namespace NetworkingPlatform.ResponseTracking.Conversations.GettingHistory;

/// <summary>One stored event: its position in the stream, its type, when it was recorded and what it says.</summary>
public sealed record HistoryEntry(long Version, string Type, DateTimeOffset RecordedAt, object Data);
