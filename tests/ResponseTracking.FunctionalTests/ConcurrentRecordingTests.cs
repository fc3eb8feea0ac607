using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.ResponseTracking.Conversations;
using NetworkingPlatform.ResponseTracking.RecordingMessages;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>Two batches written at once (the consumer runs two, and every replica its own) on the real PostgreSQL.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class ConcurrentRecordingTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private const int Rounds = 20;
    private static readonly string[] Members = [.. Enumerable.Range(0, 20).Select(i => $"member-{i:D2}")];
    private readonly ServiceScenario<Program> scenario = new(infrastructure);

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Batches_of_the_same_two_tenants_in_opposite_orders_commit_without_a_deadlock()
    {
        using var scope = scenario.Service.Services.CreateScope();
        var recorder = scope.ServiceProvider.GetRequiredService<ConversationRecorder>();
        var (first, second) = ($"{scenario.Tenant}-1", $"{scenario.Tenant}-2");

        var recorded = 0;
        for (var round = 0; round < Rounds; round++)
        {
            // Every member of both tenants is touched by both batches, the tenants come in opposite orders: each batch
            // locking its first tenant's members before the other's deadlocked.
            var counts = await Task.WhenAll(
                recorder.Record([Messages(first, $"a{round}"), Messages(second, $"a{round}")], CancellationToken.None),
                recorder.Record([Messages(second, $"b{round}"), Messages(first, $"b{round}")], CancellationToken.None));
            recorded += counts.Sum();
        }

        Assert.Equal(Rounds * 2 * 2 * (Members.Length / 2), recorded);
    }

    private static TenantMessages Messages(string tenant, string batch) =>
        new(tenant, [.. Enumerable.Range(0, Members.Length / 2).Select(i => new MessageRecorded(
            $"{batch}-c{i}", $"{batch}-m{i}", Members[i], [Members[Members.Length - 1 - i]], Ingested.Start, "question", true, "linkedin", null, "¿Hablamos?"))]);
}
