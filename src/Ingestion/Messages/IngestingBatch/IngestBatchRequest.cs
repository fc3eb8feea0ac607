using NetworkingPlatform.Ingestion.Messages.IngestingMessage;

namespace NetworkingPlatform.Ingestion.Messages.IngestingBatch;

public sealed record IngestBatchRequest(IReadOnlyList<IngestMessageRequest>? Messages);
