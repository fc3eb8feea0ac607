using Marten.Patching;

namespace NetworkingPlatform.Gateway.ApiKeys;

/// <summary>
/// Records when a key was last used, at most once a minute per key and replica: of the requests that find the minute
/// over, one writes, so that busy keys cost no write per request and concurrent requests do not queue on one row.
/// </summary>
public sealed class ApiKeyUsage(IDocumentStore store, TimeProvider clock)
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> recorded = new(StringComparer.Ordinal);

    public async Task Record(ApiKey key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var last = recorded.TryGetValue(key.Id, out var here) ? here : key.LastUsedAt ?? DateTimeOffset.MinValue;
        if (now - last < Resolution || !(recorded.TryAdd(key.Id, now) || recorded.TryUpdate(key.Id, now, here)))
        {
            return;
        }

        await using var session = store.LightweightSession();
        session.Patch<ApiKey>(key.Id).Set(k => k.LastUsedAt, now);
        await session.SaveChangesAsync(cancellationToken);
    }
}
