namespace NetworkingPlatform.ServiceDefaults.OpenApi;

/// <summary>A resource of a service's API, as its OpenAPI document names and describes it.</summary>
public sealed record ApiTag(string Name, string Description);
