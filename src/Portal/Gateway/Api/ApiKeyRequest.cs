namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>An API key to create (POST /api/v1/tenant/api-keys).</summary>
public sealed record ApiKeyRequest(string? Name, IReadOnlyList<string> Scopes);
