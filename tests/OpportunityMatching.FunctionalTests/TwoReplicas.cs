using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>
/// Two copies of the service on the same database and broker, each polling for the other's commits every 200 ms unless
/// told otherwise (besides hearing of them as they commit).
/// </summary>
public sealed class TwoReplicas(IsolatedInfrastructure infrastructure, TimeSpan? pollEvery = null) : IAsyncDisposable
{
    private readonly Dictionary<string, string> follow = new()
    {
        ["Matching:IndexFollowInterval"] = (pollEvery ?? TimeSpan.FromMilliseconds(200)).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    public PlatformServiceFactory<Program> First => first ??= new(infrastructure, follow);

    public PlatformServiceFactory<Program> Second => second ??= new(infrastructure, follow);

    private PlatformServiceFactory<Program>? first;
    private PlatformServiceFactory<Program>? second;

    public async ValueTask DisposeAsync()
    {
        if (first is not null)
        {
            await first.DisposeAsync();
        }

        if (second is not null)
        {
            await second.DisposeAsync();
        }
    }
}
