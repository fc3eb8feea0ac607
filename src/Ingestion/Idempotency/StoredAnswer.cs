namespace NetworkingPlatform.Ingestion.Idempotency;

public sealed record StoredAnswer(int StatusCode, string? ContentType, string? Location, byte[] Body);
