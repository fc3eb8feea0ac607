namespace NetworkingPlatform.Portal.Gateway.Api;

public sealed record NotificationItem(
    string Id, string Type, string Title, string Body, string? ConversationId, DateTimeOffset CreatedAt, bool Read,
    IReadOnlyList<string> Answers, string? AnsweredWith);
