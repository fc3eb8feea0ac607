namespace NetworkingPlatform.OpportunityMatching.Introductions;

/// <summary>A member asked to be introduced to the owner of a match; both are asked to accept.</summary>
public sealed record IntroductionRequested(
    string IntroductionId,
    string RequestedBy,
    string Counterpart,
    string OpportunityId,
    string MatchedOpportunityId,
    string? Message,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt);

public sealed record IntroductionAccepted(string IntroductionId, string By, DateTimeOffset At);

/// <summary>A decline is an answer too: the introduction ends.</summary>
public sealed record IntroductionDeclined(string IntroductionId, string By, DateTimeOffset At);

/// <summary>Not both answered in time.</summary>
public sealed record IntroductionExpired(string IntroductionId, DateTimeOffset At);

/// <summary>Both accepted: the conversation between them starts with the requester's message.</summary>
public sealed record IntroductionConversationStarted(
    string IntroductionId, string ConversationId, string From, string To, string Message, DateTimeOffset At);
