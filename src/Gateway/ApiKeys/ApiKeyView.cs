namespace NetworkingPlatform.Gateway.ApiKeys;

public sealed record ApiKeyView(string Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyView Of(ApiKey key) => new(key.Id, key.Name, key.Scopes, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
}
