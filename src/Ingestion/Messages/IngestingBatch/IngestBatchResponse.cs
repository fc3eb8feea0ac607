using NetworkingPlatform.Ingestion.Messages.IngestingMessage;

namespace NetworkingPlatform.Ingestion.Messages.IngestingBatch;

/// <summary><see cref="Messages"/> answers each message in the order sent; <see cref="Duplicates"/> were taken before.</summary>
public sealed record IngestBatchResponse(int Accepted, int Duplicates, IReadOnlyList<IngestMessageResponse> Messages);
