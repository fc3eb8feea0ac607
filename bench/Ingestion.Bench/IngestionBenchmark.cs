using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NetworkingPlatform.Ingestion.Bench;
using NetworkingPlatform.LinkedInExportGenerator;
using NetworkingPlatform.TestServers;


namespace NetworkingPlatform.Ingestion.Bench;

// dotnet run -c Release --project bench/Ingestion.Bench -- [messages=100000] [measured imports=3]
// Ingestion runs in this process against the real PostgreSQL and RabbitMQ (a database and vhost of its own);
// a counting consumer on the bus marks when every message has been published.
public static class IngestionBenchmark
{
    public static async Task Main(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
        // The service's content root, which WebApplicationFactory finds by itself only from test projects.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INGESTION", Path.Combine(RepositoryPaths.Root(), "src", "Ingestion"));
        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        var uploads = Directory.CreateTempSubdirectory("np-bench-uploads");
        try
        {
            await using var service = new PlatformServiceFactory<global::Program>(infrastructure, new Dictionary<string, string>
            {
                ["Ingestion:Imports:UploadsDirectory"] = Path.Combine(uploads.FullName, "service"),
                ["Logging:LogLevel:Default"] = "Warning",
            });
            var client = service.ClientFor("bench-tenant");
            client.Timeout = TimeSpan.FromMinutes(10);
            await using var counter = await PublishedCounter.Start(infrastructure.RabbitMqConnectionString);

            // Warm-up, a full round with other data: Marten's generated code, connection pools, and the JIT's second
            // tier, which compiles hot methods again in the background after they ran a while (thousands of methods,
            // seconds of CPU on two cores). A service that runs for days pays that once; measured here, it would
            // dominate.
            var warmUp = Path.Combine(uploads.FullName, "warmup.zip");
            var warmUpManifest = ExportGenerator.WriteFile(warmUp, new ExportSpec(Seed: 1, Messages: total, Connections: 500, Invitations: 100));
            // Memory is measured on this first import, from the freshly started service: the most it ever grows.
            double importMemory;
            double warmUpSeconds;
            long warmUpAccepted;
            await using (var memory = new MemoryWatch())
            {
                var warmUpClock = Stopwatch.StartNew();
                var warmUpId = await Import(client, warmUp, warmUpManifest.Member);
                await Completed(client, warmUpId);
                warmUpAccepted = await AcceptedMessages.Of(infrastructure.PostgresConnectionString, warmUpId);
                await counter.WaitFor(warmUpAccepted, TimeSpan.FromMinutes(10));
                warmUpSeconds = warmUpClock.Elapsed.TotalSeconds;
                importMemory = memory.PeakGrowthMegabytes;
            }

            await PostBatches(client, counter, total, "warmup");
            await JitSettled(TimeSpan.FromMinutes(1));
            // Each round imports another member's export; the first rounds still pay the JIT's second tier for code that
            // runs once per request or per chunk, so the last round is the service's steady state.
            var importRounds = new List<ImportRound>();
            for (var round = 1; round <= rounds; round++)
            {
                var path = Path.Combine(uploads.FullName, $"Complete_LinkedInDataExport_11-{19 + round:00}-2026.zip");
                var manifest = ExportGenerator.WriteFile(path, new ExportSpec(Seed: 41 + round, Messages: total, Connections: 500, Invitations: 100));
                var measured = await MeasureImport(client, counter, infrastructure, path, manifest);
                importRounds.Add(measured);
                Console.WriteLine($"import round {round}: {measured}");
            }

            var batchCpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
            var batchSeconds = await PostBatches(client, counter, total, "bench");
            var batchCpu = (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(batchCpuBefore);

            Console.WriteLine();
            var steady = importRounds[^1];
            Console.WriteLine($"LinkedIn export import, {steady.Messages:N0} messages (upload → parsed → committed → published), round {importRounds.Count} after a warm-up round: {steady.Seconds:F2} s = {steady.Messages / steady.Seconds:N0} messages/s; first import after start {warmUpSeconds:F2} s = {warmUpAccepted / warmUpSeconds:N0} messages/s, peak memory growth {importMemory:F0} MB");
            Console.WriteLine($"  {steady.Cpu.PerThousand(steady.Messages)}");
            Console.WriteLine($"Batch API, {total:N0} messages in batches of 10,000 (accepted → committed → published): {batchSeconds:F2} s = {total / batchSeconds:N0} messages/s");
            Console.WriteLine($"  {batchCpu.PerThousand(total)}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
        finally
        {
            uploads.Delete(recursive: true);
            await infrastructure.DisposeAsync();
        }
    }

    private static async Task<ImportRound> MeasureImport(HttpClient client, PublishedCounter counter, IsolatedInfrastructure infrastructure, string path, ExportManifest manifest)
    {
        var before = counter.Messages;
        var cpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
        var jitBefore = (Methods: System.Runtime.JitInfo.GetCompiledMethodCount(), Time: System.Runtime.JitInfo.GetCompilationTime());
        var gcBefore = (Allocated: GC.GetTotalAllocatedBytes(), Paused: GC.GetTotalPauseDuration());
        var started = Stopwatch.GetTimestamp();
        var importId = await Import(client, path, manifest.Member);
        await Completed(client, importId);
        var committedAfter = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var accepted = (int)await AcceptedMessages.Of(infrastructure.PostgresConnectionString, importId);
        await counter.WaitFor(before + accepted, TimeSpan.FromMinutes(10));
        // The last message published ends the import's time, not the next look at its progress, 250 ms apart.
        var seconds = Stopwatch.GetElapsedTime(started, counter.LastCountedAt).TotalSeconds;
        return new ImportRound(
            accepted,
            seconds,
            committedAfter,
            (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(cpuBefore),
            System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Methods,
            (System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Time).TotalSeconds,
            (GC.GetTotalAllocatedBytes() - gcBefore.Allocated) / 1024.0 / accepted,
            (GC.GetTotalPauseDuration() - gcBefore.Paused).TotalSeconds);
    }

    /// <summary>Polls the import's progress as the portal's progress bar does: four times a second.</summary>
    private static async Task Completed(HttpClient client, string importId)
    {
        while ((await client.GetFromJsonAsync<Imports.ImportJob>($"/api/v1/imports/{importId}"))!.Status is not (Imports.ImportStatus.Completed or Imports.ImportStatus.Failed))
        {
            await Task.Delay(250);
        }
    }

    private static async Task<string> Import(HttpClient client, string path, string member)
    {
        await using var file = File.OpenRead(path);
        using var content = new MultipartFormDataContent();
        var body = new StreamContent(file);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(body, "file", Path.GetFileName(path));
        var response = await client.PostAsync($"/api/v1/imports?member={member}", content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Imports.ImportJob>())!.Id;
    }

    /// <summary>Waits until the JIT compiled nothing for two seconds.</summary>
    private static async Task JitSettled(TimeSpan atMost)
    {
        var deadline = DateTime.UtcNow + atMost;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                return;
            }

            compiled = now;
        }
    }

    private static async Task<double> PostBatches(HttpClient client, PublishedCounter counter, int total, string idPrefix)
    {
        const int batchSize = 10_000;
        var batches = Enumerable.Range(0, total / batchSize).Select(b => JsonContent.Create(new
        {
            messages = Enumerable.Range(0, batchSize).Select(i => new
            {
                conversationId = $"{idPrefix}-{b}-{i / 4}",
                messageId = $"{idPrefix}-{b}-{i}",
                from = i % 2 == 0 ? $"member-{i % 97}" : $"member-{(i + 1) % 89}",
                to = new[] { i % 2 == 0 ? $"member-{(i + 1) % 89}" : $"member-{i % 97}" },
                sentAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
                body = i % 3 == 0 ? "Hola, ¿podemos hablar el martes sobre la propuesta?" : "Thanks a lot, talk soon!",
                channel = "api",
            }).ToList(),
        })).ToList();
        foreach (var batch in batches)
        {
            await batch.LoadIntoBufferAsync();
        }

        var before = counter.Messages;
        var clock = Stopwatch.StartNew();
        // Two clients at a time, as integrations would send.
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, token) =>
        {
            var response = await client.PostAsync("/api/v1/messages/batch", batch, token);
            response.EnsureSuccessStatusCode();
        });
        await counter.WaitFor(before + batches.Count * batchSize, TimeSpan.FromMinutes(10));
        return clock.Elapsed.TotalSeconds;
    }
}
