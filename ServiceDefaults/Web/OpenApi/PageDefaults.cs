namespace NetworkingPlatform.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: the defaults of a list's <c>page</c> (1) and <c>pageSize</c>, written into the document.</summary>
public sealed record PageDefaults(int PageSize);
