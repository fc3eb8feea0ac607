using Marten;
using Marten.Patching;

namespace NetworkingPlatform.Gateway.ApiKeys;

/// <summary>Records when a key was last used, at most once a minute per key, so that busy keys cost no write per request.</summary>
public sealed class ApiKeyUsage(IDocumentStore store, TimeProvider clock)
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    public async Task Record(ApiKey key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is { } last && now - last < Resolution)
        {
            return;
        }

        await using var session = store.LightweightSession();
        session.Patch<ApiKey>(key.Id).Set(k => k.LastUsedAt, now);
        await session.SaveChangesAsync(cancellationToken);
    }
}
