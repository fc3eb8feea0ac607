using System.Diagnostics;
using NetworkingPlatform.ResponseTracking.Members.Responsiveness;
using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.ResponseTracking.Bench;

/// <summary>
/// ResponseTracking in process on the real PostgreSQL and RabbitMQ, with a database and vhost of its own:
/// (1) sustained throughput from MessagesIngested on the bus to projections committed; (2) one message from the bus to
/// its status visible over HTTP, under a background load; (3) the responsiveness query of a member with 10,000 conversations.
/// </summary>
public static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        var messages = args.Length > 0 ? int.Parse(args[0]) : 60_000;
        var batchSize = args.Length > 1 ? int.Parse(args[1]) : 200;
        var phases = args.Length > 2 ? args[2].Split(',') : ["throughput", "latency", "query"];
        var throughputRounds = args.Length > 3 ? int.Parse(args[3]) : 2;
        // Outside a test project the factory cannot find the service's content root by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RESPONSETRACKING", ServiceDirectory());
        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        try
        {
            await using var service = new PlatformServiceFactory<global::Program>(infrastructure);
            var tenant = "bench";
            // The factory starts the service on first use of its services; nothing consumes until then.
            _ = service.Services;
            await using var bus = await TestBus.Start(infrastructure.RabbitMqConnectionString);
            await using var database = NpgsqlDataSource.Create(infrastructure.PostgresConnectionString);
            var workload = new Workload(tenant, members: 2_000);
            var watch = new CommitWatch(service.Consumed, database);

            // Warm-up: Marten compiles its code on the first use.
            await bus.Publish(workload.Single("warm-up"));
            await watch.WaitForBatches(1);

            var results = new List<string>();
            if (phases.Contains("throughput"))
            {
                // The first round also pays the JIT's second tier for everything on the path; the last is the steady state.
                for (var round = 1; round <= throughputRounds; round++)
                {
                    results.Add(Print($"round {round}: {await Throughput(infrastructure, bus, watch, workload, messages, batchSize)}"));
                }
            }

            if (phases.Contains("latency"))
            {
                // A client per phase: the Gateway identity it carries expires after a few minutes.
                results.Add(Print(await Latency(bus, watch, service.ClientFor(tenant), workload)));
            }

            if (phases.Contains("query"))
            {
                results.AddRange((await ResponsivenessQuery(bus, watch, database, service.ClientFor(tenant), workload)).Select(Print));
            }

            Console.WriteLine();
            Console.WriteLine("ResponseTracking benchmark results");
            foreach (var result in results)
            {
                Console.WriteLine($"  {result}");
            }
        }
        finally
        {
            await infrastructure.DisposeAsync();
        }
    }

    private static async Task<string> Throughput(IsolatedInfrastructure infrastructure, TestBus bus, CommitWatch watch, Workload workload, int messages, int batchSize)
    {
        var before = await watch.Mark();
        var cpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
        var clock = Stopwatch.StartNew();
        var (sent, batches) = (0, 0);
        foreach (var batch in workload.Batches(messages, batchSize))
        {
            await bus.Publish(batch);
            sent += batch.Messages.Count;
            batches++;
        }

        var published = clock.Elapsed;
        await watch.WaitForBatches(before.Batches + batches);
        var elapsed = clock.Elapsed;
        var cpu = (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(cpuBefore);
        await watch.Verify(before.Messages + sent);
        return $"throughput, bus → events and views committed: {sent / elapsed.TotalSeconds:F0} msgs/s (target ≥ 3,000) — "
            + $"{sent} messages in batches of {batchSize}, published in {published.TotalSeconds:F1} s, committed in {elapsed.TotalSeconds:F1} s; "
            + cpu.PerThousand(sent);
    }

    private static async Task<string> Latency(TestBus bus, CommitWatch watch, HttpClient client, Workload workload)
    {
        var before = await watch.Mark();
        using var stop = new CancellationTokenSource();
        var background = BackgroundLoad(bus, workload, messagesPerSecond: 500, stop.Token);
        var samples = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var conversation = $"latency-{i}";
            var clock = Stopwatch.StartNew();
            await bus.Publish(workload.Single(conversation));
            while (!(await client.GetAsync($"/api/v1/conversations/{conversation}")).IsSuccessStatusCode)
            {
                await Task.Delay(1);
            }

            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        await stop.CancelAsync();
        var (sent, batches) = await background;
        // The background batches still queued would otherwise be counted by the next phase as its own.
        await watch.WaitForBatches(before.Batches + batches + samples.Count);
        return $"latency, one message bus → status over HTTP at 500 msgs/s background: {Measure.Summary(samples)} "
            + $"(target p50 ≤ 20 ms, p99 ≤ 100 ms; {sent} background messages)";
    }

    private static async Task<(int Messages, int Batches)> BackgroundLoad(TestBus bus, Workload workload, int messagesPerSecond, CancellationToken stop)
    {
        var (sent, batches) = (0, 0);
        var clock = Stopwatch.StartNew();
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await ticks.WaitForNextTickAsync(stop))
            {
                var due = (int)(clock.Elapsed.TotalSeconds * messagesPerSecond) - sent;
                if (due <= 0)
                {
                    continue;
                }

                var batch = workload.Batch(Enumerable.Range(0, int.MaxValue).SelectMany(_ => workload.Conversation()).Take(due));
                await bus.Publish(batch);
                sent += due;
                batches++;
            }
        }
        catch (OperationCanceledException)
        {
        }

        return (sent, batches);
    }

    private static async Task<string[]> ResponsivenessQuery(TestBus bus, CommitWatch watch, NpgsqlDataSource database, HttpClient client, Workload workload)
    {
        const int conversations = 10_000;
        var before = await watch.Mark();
        var (sent, batches) = (0, 0);
        foreach (var batch in Enumerable.Range(0, conversations).SelectMany(_ => workload.Conversation(to: "busy")).Chunk(300).Select(workload.Batch))
        {
            await bus.Publish(batch);
            sent += batch.Messages.Count;
            batches++;
        }

        await watch.WaitForBatches(before.Batches + batches);
        await watch.Verify(before.Messages + sent);
        await watch.WaitForForwarder(TimeSpan.FromMinutes(2));
        var path = "/api/v1/responses/members/busy/responsiveness";
        var body = await client.GetStringAsync(path);
        Console.WriteLine($"responsiveness of the busy member: {body}");
        var kept = await Sample(client, path, 300, before: null);
        // What a commit on the member does to its kept figures, without the commit's own load: the next read aggregates.
        await using var change = database.CreateCommand($"UPDATE {KeptFiguresTable.Name} SET generation = generation + 1 WHERE tenant_id = 'bench' AND member = 'busy'");
        var changed = await Sample(client, path, 100, before: () => change.ExecuteNonQueryAsync());
        return
        [
            $"responsiveness query, member with {conversations} conversations, figures kept: {Measure.Summary(kept)} (target p99 ≤ 20 ms)",
            $"responsiveness query, same member, each read after a change to it (aggregated again): {Measure.Summary(changed)}",
        ];
    }

    private static async Task<List<double>> Sample(HttpClient client, string path, int count, Func<Task<int>>? before)
    {
        var samples = new List<double>();
        for (var i = 0; i < count; i++)
        {
            if (before is not null)
            {
                await before();
            }

            var clock = Stopwatch.StartNew();
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    private static string Print(string result)
    {
        Console.WriteLine(result);
        return result;
    }

    private static string ServiceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "ResponseTracking");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/ResponseTracking was not found above the benchmark's directory.");
    }
}
