namespace NetworkingPlatform.Platform.Load;

/// <summary>One message the driver will send, and what it is in its conversation.</summary>
public sealed record PlannedMessage(
    LoadTenant Tenant,
    string ConversationId,
    string MessageId,
    string From,
    IReadOnlyList<string> To,
    string Body,
    MessageRole Role);
