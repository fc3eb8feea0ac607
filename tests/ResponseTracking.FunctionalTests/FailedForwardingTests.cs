using System.Collections.Concurrent;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Storage;
using NetworkingPlatform.ServiceDefaults.Storage.Faults;
using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>
/// A forwarder whose pages fail for a while (the broker restarting, a called service away) must not stop: Marten's
/// daemon pauses a subscription for good when a page throws, and everything committed after it was never forwarded —
/// the fault suite lost most of a round's notifications after a RabbitMQ restart that way. A stalled forwarder is
/// reported while it stands still.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class FailedForwardingTests(IsolatedInfrastructure infrastructure)
{
    private const string Tenant = "tenant-a";

    [Fact]
    public async Task A_page_that_failed_is_forwarded_again_and_nothing_committed_after_it_is_skipped()
    {
        var forwarder = new ControlledForwarder { FailuresLeft = 3 };
        using var host = await StartStore("forwarding_failed_pages", forwarder);
        var store = host.Services.GetRequiredService<IDocumentStore>();

        var committed = await Commit(store, 5);
        await Eventually.Get(async () => forwarder.FailuresLeft == 0 ? forwarder : null, what: "the forwarder failing three times");
        committed.AddRange(await Commit(store, 5));

        await Eventually.Get(async () => committed.All(forwarder.Forwarded.ContainsKey) ? forwarder : null, what: "every committed event forwarded");
        Assert.Equal(committed.Count, forwarder.Forwarded.Count);
    }

    [Fact]
    public async Task A_forwarder_that_keeps_failing_is_counted_as_stalled_until_it_moves_again()
    {
        var forwarder = new ControlledForwarder();
        using var host = await StartStore("forwarding_stalled", forwarder);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var stalled = new StalledSubscriptionsCount(host.Services.GetRequiredService<NpgsqlDataSource>(), "forwarding_stalled", TimeSpan.FromSeconds(1));
        // A shard has a position to stand still at once it moved at least once.
        var first = await Commit(store, 1);
        await Eventually.Get(async () => first.All(forwarder.Forwarded.ContainsKey) ? forwarder : null, what: "the first event forwarded");

        forwarder.FailuresLeft = int.MaxValue;
        var committed = await Commit(store, 3);

        await Eventually.Get(async () => await stalled.Count(CancellationToken.None) == 1 ? forwarder : null, what: "the failing forwarder counted as stalled");

        forwarder.FailuresLeft = 0;
        await Eventually.Get(async () => committed.All(forwarder.Forwarded.ContainsKey) ? forwarder : null, what: "every committed event forwarded");
        await Eventually.Get(async () => await stalled.Count(CancellationToken.None) == 0 ? forwarder : null, what: "the forwarder no longer counted");
    }

    [Fact]
    public async Task A_shard_stopped_because_its_progression_moved_underneath_is_started_again_by_the_leading_process()
    {
        var forwarder = new ControlledForwarder();
        using var host = await StartStore("forwarding_stopped_shard", forwarder, DaemonMode.HotCold);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var first = await Commit(store, 1);
        await Eventually.Get(async () => first.All(forwarder.Forwarded.ContainsKey) ? forwarder : null, what: "the first event forwarded");

        // What a second process running the shard does (two replicas both leading for a moment after PostgreSQL
        // restarted): it moves the progression while this one forwards a page. Marten then stops the shard here, taking
        // it that the other process runs it.
        var held = forwarder.HoldNextPage();
        var committed = await Commit(store, 3);
        await held.Entered;
        await MoveProgressionUnderneath(host, "forwarding_stopped_shard");
        held.Release();
        committed.AddRange(await Commit(store, 3));

        await Eventually.Get(async () => committed.All(forwarder.Forwarded.ContainsKey) ? forwarder : null, TimeSpan.FromSeconds(30),
            "the events committed around the stop, forwarded once the shard was started again");
    }

    /// <summary>A store of its own schema, so the test sees only the events it commits.</summary>
    private async Task<IHost> StartStore(string schema, ControlledForwarder forwarder, DaemonMode mode = DaemonMode.Solo)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{MartenExtensions.ConnectionName}"] = infrastructure.PostgresConnectionString;
        builder.Configuration[$"{LeftBehindOptions.Section}:{nameof(LeftBehindOptions.StoppedShardCheckEvery)}"] = "00:00:00.5";
        builder.Configuration[$"{LeftBehindOptions.Section}:{nameof(LeftBehindOptions.StoppedShardGrace)}"] = "00:00:01";
        builder.AddPlatformMarten(schema, options => options.Events.Subscribe(forwarder)).AddAsyncDaemon(mode);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<List<Guid>> Commit(IDocumentStore store, int count)
    {
        await using var session = store.LightweightSession(Tenant);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var stored = session.Events.StartStream($"stream-{Guid.NewGuid():N}", new SomethingCommitted(i));
            ids.Add(stored.Events.Single().Id);
        }

        await session.SaveChangesAsync();
        return ids;
    }

    private static async Task MoveProgressionUnderneath(IHost host, string schema)
    {
        await using var move = host.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            $"UPDATE {schema}.mt_event_progression SET last_seq_id = last_seq_id + 1 WHERE name LIKE 'controlled-forwarder%'");
        Assert.Equal(1, await move.ExecuteNonQueryAsync());
    }

    public sealed record SomethingCommitted(int Number);

    /// <summary>A page held inside the forwarder until released.</summary>
    private sealed class HeldPage
    {
        private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => entered.Task;

        public Task Released => released.Task;

        public void Enter() => entered.TrySetResult();

        public void Release() => released.TrySetResult();
    }

    /// <summary>Fails its pages while <see cref="FailuresLeft"/> is above zero, counting down; otherwise records what it forwarded.</summary>
    private sealed class ControlledForwarder() : ForwardingSubscription("controlled-forwarder", NullLogger.Instance)
    {
        private int failuresLeft;

        public int FailuresLeft
        {
            get => Volatile.Read(ref failuresLeft);
            set => Volatile.Write(ref failuresLeft, value);
        }

        private HeldPage? held;

        public ConcurrentDictionary<Guid, bool> Forwarded { get; } = new();

        public HeldPage HoldNextPage() => held = new HeldPage();

        protected override async Task Forward(EventRange page, CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref held, null) is { } hold)
            {
                hold.Enter();
                await hold.Released;
            }

            if (FailuresLeft > 0)
            {
                if (FailuresLeft != int.MaxValue)
                {
                    Interlocked.Decrement(ref failuresLeft);
                }

                throw new InvalidOperationException("The broker is away.");
            }

            foreach (var stored in page.Events)
            {
                Forwarded[stored.Id] = true;
            }
        }
    }
}
