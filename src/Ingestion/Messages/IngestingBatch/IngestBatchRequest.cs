using NetworkingPlatform.Ingestion.Messages.IngestingMessage;

namespace NetworkingPlatform.Ingestion.Messages.IngestingBatch;

/// <param name="History">True for a backfill: every message is history (recorded, never announced).</param>
public sealed record IngestBatchRequest(IReadOnlyList<IngestMessageRequest>? Messages, bool? History = null);
