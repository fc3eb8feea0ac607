namespace NetworkingPlatform.Ingestion.Classification;

public sealed record Classification(string Kind, bool NeedsReply);
