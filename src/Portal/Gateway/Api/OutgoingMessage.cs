namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A message the member sends from the portal (POST /api/v1/messages).</summary>
public sealed record OutgoingMessage(
    string ConversationId, string MessageId, string From, IReadOnlyList<string> To, DateTimeOffset SentAt, string Body, string? Kind,
    string Channel, string? InReplyTo);
