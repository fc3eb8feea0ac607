namespace NetworkingPlatform.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: query parameters still taken for one release, marked deprecated in the document.</summary>
public sealed record DeprecatedParameters(IReadOnlyDictionary<string, string> InsteadOf);
