namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

internal sealed record ConversationResponse(
    string ConversationId,
    string State,
    IReadOnlyList<AwaitedResponse> AwaitingReplyFrom,
    int MessageCount,
    TimeSpan? FirstReplyTime,
    IReadOnlyList<ProposalResponse> MeetingProposals);

internal sealed record AwaitedResponse(string Member, DateTimeOffset Since, bool Overdue);

internal sealed record ProposalResponse(string By, string To, string Outcome);
