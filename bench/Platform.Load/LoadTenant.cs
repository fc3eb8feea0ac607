namespace NetworkingPlatform.Platform.Load;

/// <summary>An organisation the driver signed up, its API keys (read and write), and the members its conversations are between.</summary>
public sealed class LoadTenant(string id, IReadOnlyList<string> apiKeys, IReadOnlyList<string> members)
{
    private int nextKey;

    public string Id { get; } = id;

    public IReadOnlyList<string> ApiKeys { get; } = apiKeys;

    public IReadOnlyList<string> Members { get; } = members;

    /// <summary>Keys in turn, so that each stays under its own rate limit.</summary>
    public string NextKey() => ApiKeys[(int)((uint)Interlocked.Increment(ref nextKey) % (uint)ApiKeys.Count)];
}
