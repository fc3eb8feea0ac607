namespace NetworkingPlatform.Portal.Gateway.Api;

/// <summary>A tenant API key; <see cref="Secret"/> only in the answer that created it.</summary>
public sealed record ApiKey(
    string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? Secret);
