namespace NetworkingPlatform.ResponseTracking.Admin.Rebuilding;

public sealed record RebuildResponse(int ConversationsRebuilt);
