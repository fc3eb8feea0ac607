using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.OpportunityMatching.FunctionalTests;

/// <summary>Two copies of the service on the same database and broker, each following the other's commits every 200 ms.</summary>
public sealed class TwoReplicas(IsolatedInfrastructure infrastructure) : IAsyncDisposable
{
    private static readonly Dictionary<string, string> FastFollow = new() { ["Matching:IndexFollowInterval"] = "00:00:00.200" };

    public PlatformServiceFactory<Program> First { get; } = new(infrastructure, FastFollow);

    public PlatformServiceFactory<Program> Second { get; } = new(infrastructure, FastFollow);

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}
