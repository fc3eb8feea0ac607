using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NetworkingPlatform.Ingestion.Bench;
using NetworkingPlatform.LinkedInExportGenerator;
using NetworkingPlatform.TestServers;


namespace NetworkingPlatform.Ingestion.Bench;

// dotnet run -c Release --project bench/Ingestion.Bench -- [messages=100000]
// Ingestion runs in this process against the real PostgreSQL and RabbitMQ (a database and vhost of its own);
// a counting consumer on the bus marks when every message has been published.
public static class IngestionBenchmark
{
    public static async Task Main(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        // The service's content root, which WebApplicationFactory finds by itself only from test projects.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INGESTION", Path.Combine(RepositoryPaths.Root(), "src", "Ingestion"));
        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        var uploads = Directory.CreateTempSubdirectory("np-bench-uploads");
        var exportPath = Path.Combine(uploads.FullName, "Complete_LinkedInDataExport_11-20-2026.zip");
        try
        {
            var manifest = ExportGenerator.WriteFile(exportPath, new ExportSpec(Seed: 42, Messages: total, Connections: 500, Invitations: 100));
            Console.WriteLine($"generated export: {manifest.MessageRows:N0} message rows ({manifest.ImportableMessages:N0} importable), {new FileInfo(exportPath).Length / 1024.0 / 1024.0:F1} MB zipped");

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
            await using (var memory = new MemoryWatch())
            {
                await Import(client, warmUp, warmUpManifest.Member);
                await counter.WaitFor(warmUpManifest.ImportableMessages, TimeSpan.FromMinutes(10));
                importMemory = memory.PeakGrowthMegabytes;
            }

            await PostBatches(client, counter, total, "warmup");
            await JitSettled(TimeSpan.FromMinutes(1));
            var before = counter.Messages;

            double importSeconds;
            CpuAccount importCpu;
            {
                var cpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
                var jitBefore = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
                var clock = Stopwatch.StartNew();
                var importId = await Import(client, exportPath, manifest.Member);
                await Completed(client, importId);
                Console.WriteLine($"import committed after {clock.Elapsed.TotalSeconds:F2} s; published so far {counter.Messages - before:N0}");
                await counter.WaitFor(before + manifest.ImportableMessages, TimeSpan.FromMinutes(10));
                importSeconds = clock.Elapsed.TotalSeconds;
                importCpu = (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(cpuBefore);
                Console.WriteLine($"methods compiled during the import: {System.Runtime.JitInfo.GetCompiledMethodCount() - jitBefore.Item1:N0} in {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore.Item2).TotalSeconds:F2} s");
            }

            var batchCpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
            var batchSeconds = await PostBatches(client, counter, total, "bench");
            var batchCpu = (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(batchCpuBefore);

            Console.WriteLine();
            Console.WriteLine($"LinkedIn export import, {manifest.ImportableMessages:N0} messages (upload → parsed → committed → published): {importSeconds:F2} s = {manifest.ImportableMessages / importSeconds:N0} messages/s, peak memory growth {importMemory:F0} MB (first import after start)");
            Console.WriteLine($"  {importCpu.PerThousand(manifest.ImportableMessages)}");
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

    private static async Task Completed(HttpClient client, string importId)
    {
        while ((await client.GetFromJsonAsync<Imports.ImportJob>($"/api/v1/imports/{importId}"))!.Status is not (Imports.ImportStatus.Completed or Imports.ImportStatus.Failed))
        {
            await Task.Delay(20);
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
