namespace NetworkingPlatform.Gateway.ApiKeys;

/// <summary>
/// Keys as last read, so that a request costs no database round trip to authenticate. A revoked key is forgotten at
/// once on every replica (<see cref="ApiKeyRevocations"/>); <see cref="MaxAge"/> bounds what a replica that missed the
/// announcement (its listening connection was down) can still accept. Unknown key ids are not kept, so guessing ids
/// cannot fill the cache.
/// </summary>
public sealed class ApiKeyCache(IDocumentStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKey Key, DateTimeOffset ReadAt)> keys = new(StringComparer.Ordinal);

    public async Task<ApiKey?> Find(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (keys.TryGetValue(keyId, out var known) && now - known.ReadAt < MaxAge)
        {
            return known.Key;
        }

        await using var session = store.QuerySession();
        var key = await session.LoadAsync<ApiKey>(keyId, cancellationToken);
        if (key is null)
        {
            keys.TryRemove(keyId, out _);
            return null;
        }

        keys[keyId] = (key, now);
        return key;
    }

    public void Forget(string keyId) => keys.TryRemove(keyId, out _);

    public void ForgetAll() => keys.Clear();
}
