using Microsoft.AspNetCore.Http.Metadata;

namespace NetworkingPlatform.Ingestion.Requests;

/// <summary>An endpoint's own request size limit; larger bodies are refused with 413 before they are read.</summary>
public sealed class RequestBodyLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = maxBytes;
}
