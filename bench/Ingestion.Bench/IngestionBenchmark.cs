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

            // Warm-up: JIT, Marten's generated code, connection pools.
            var warmUp = Path.Combine(uploads.FullName, "warmup.zip");
            var warmUpManifest = ExportGenerator.WriteFile(warmUp, new ExportSpec(Seed: 1, Messages: 2_000, Connections: 50, Invitations: 10));
            await Import(client, warmUp, warmUpManifest.Member);
            await counter.WaitFor(warmUpManifest.ImportableMessages, TimeSpan.FromMinutes(2));
            var before = counter.Messages;

            double importSeconds;
            double importMemory;
            CpuAccount importCpu;
            await using (var memory = new MemoryWatch())
            {
                var cpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
                var clock = Stopwatch.StartNew();
                var importId = await Import(client, exportPath, manifest.Member);
                await Completed(client, importId);
                Console.WriteLine($"import committed after {clock.Elapsed.TotalSeconds:F2} s; published so far {counter.Messages - before:N0}");
                await counter.WaitFor(before + manifest.ImportableMessages, TimeSpan.FromMinutes(10));
                importSeconds = clock.Elapsed.TotalSeconds;
                importMemory = memory.PeakGrowthMegabytes;
                importCpu = (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(cpuBefore);
            }

            var batchCpuBefore = await CpuAccount.Read(infrastructure.PostgresConnectionString);
            var batchSeconds = await PostBatches(client, counter, total);
            var batchCpu = (await CpuAccount.Read(infrastructure.PostgresConnectionString)).Since(batchCpuBefore);

            Console.WriteLine();
            Console.WriteLine($"LinkedIn export import, {manifest.ImportableMessages:N0} messages (upload → parsed → committed → published): {importSeconds:F2} s = {manifest.ImportableMessages / importSeconds:N0} messages/s, peak memory growth {importMemory:F0} MB");
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

    private static async Task<double> PostBatches(HttpClient client, PublishedCounter counter, int total)
    {
        const int batchSize = 10_000;
        var batches = Enumerable.Range(0, total / batchSize).Select(b => JsonContent.Create(new
        {
            messages = Enumerable.Range(0, batchSize).Select(i => new
            {
                conversationId = $"bench-{b}-{i / 4}",
                messageId = $"bench-{b}-{i}",
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
