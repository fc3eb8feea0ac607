namespace NetworkingPlatform.Notification.Withdrawing;

/// <summary>A member answered a conversation at a time: what withdraws the nudges about it.</summary>
public sealed record AnswerGiven(string TenantId, string ConversationId, string Member, DateTimeOffset AnsweredAt);
