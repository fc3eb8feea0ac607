namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

internal sealed record ConversationResponse(
    string ConversationId,
    string State,
    IReadOnlyList<AwaitedResponse> AwaitingReplyFrom,
    int MessageCount,
    TimeSpan? FirstReplyTime);

internal sealed record AwaitedResponse(string Member, DateTimeOffset Since);
