namespace NetworkingPlatform.Ingestion.Messages.IngestingMessage;

public sealed record IngestMessageResponse(string MessageId, string ConversationId, string Kind, bool NeedsReply, bool Duplicate);
