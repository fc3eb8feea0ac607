using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.TestServers;
using Npgsql;

namespace NetworkingPlatform.Notification.Bench;

/// <summary>
/// Throughput of the Notification service, in process on its own database and vhost. The events are queued while the
/// service is stopped, so that the figures measure the service and not the publisher; each figure spans the first to
/// the last row the service wrote, as PostgreSQL recorded them.
/// Usage: dotnet run -c Release --project bench/Notification.Bench [nudges=10000] [webhooks=5000]
/// </summary>
public static class Benchmark
{
    public static async Task Main(string[] args)
    {
        var nudges = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var webhooks = args.Length > 1 ? int.Parse(args[1]) : 5_000;

        // The service runs in process as in its functional tests; its content root is its project directory.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_NOTIFICATION",
            Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Notification")));
        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        try
        {
            await using var receiver = new CountingReceiver();
            await receiver.Start();
            var settings = new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Warning", ["Webhooks:AllowLoopback"] = "true" };
            var inAppTenant = $"bench-in-app-{Guid.NewGuid():N}";
            var webhookTenant = $"bench-webhooks-{Guid.NewGuid():N}";

            // A first run creates the schema, the queues and the subscription, then stops.
            await using (var first = new PlatformServiceFactory<Program>(infrastructure, settings))
            {
                var client = first.ClientFor(webhookTenant);
                (await client.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url.ToString(), eventTypes = new[] { "reply-overdue" } })).EnsureSuccessStatusCode();
            }

            await using (var bus = await TestBus.Start(infrastructure.RabbitMqConnectionString))
            {
                foreach (var chunk in Overdue(inAppTenant, nudges).Concat(Overdue(webhookTenant, webhooks)).Chunk(500))
                {
                    await Task.WhenAll(chunk.Select(bus.Publish));
                }
            }

            Console.WriteLine($"Queued {nudges:N0} + {webhooks:N0} ReplyOverdue; starting the service. Load: {File.ReadAllText("/proc/loadavg").Trim()}");
            var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            await using var service = new PlatformServiceFactory<Program>(infrastructure, settings);
            var store = service.Services.GetRequiredService<IDocumentStore>();
            await Eventually.Get(async () =>
            {
                await using var inApp = store.QuerySession(inAppTenant);
                await using var hooked = store.QuerySession(webhookTenant);
                return await inApp.Query<InAppNotification>().CountAsync() >= nudges
                    && await hooked.Query<Delivery>().CountAsync(d => d.Status == DeliveryStatus.Delivered) >= webhooks
                    ? new object() : null;
            }, TimeSpan.FromMinutes(10), "every event handled");

            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var inAppWindow = await Window(infrastructure, "mt_doc_inappnotification", inAppTenant);
            Report($"Fan-out of {nudges:N0} ReplyOverdue to in-app notifications", nudges, inAppWindow, 2_000);
            var webhookWindow = await Window(infrastructure, "mt_doc_delivery", webhookTenant, fromCreation: true);
            Report($"{webhooks:N0} webhook deliveries to a local receiver (consumed, queued, signed, POSTed, recorded)", webhooks, webhookWindow, 500);
            Console.WriteLine($"CPU used by this process (service, receiver, start-up; PostgreSQL and RabbitMQ not counted): {cpu.TotalSeconds:0.0} s for {nudges + webhooks:N0} events and {webhooks:N0} POSTs.");
            Console.WriteLine($"Receiver: {receiver.Requests:N0} requests, {receiver.DistinctEvents:N0} distinct event ids. Load: {File.ReadAllText("/proc/loadavg").Trim()}");
        }
        finally
        {
            await infrastructure.DisposeAsync();
        }
    }

    private static IEnumerable<ReplyOverdue> Overdue(string tenant, int count)
    {
        var now = DateTimeOffset.UtcNow;
        return Enumerable.Range(0, count).Select(i => new ReplyOverdue(
            Guid.NewGuid(), tenant, now, $"c-{i}", $"member-{i % 1000}", $"waiting-{i % 997}", $"m-{i}", "question", "¿Hablamos?", now.AddDays(-3), now.AddHours(-1)));
    }

    /// <summary>From the first write to the last: the documents' own modification times, or creation to delivery.</summary>
    private static async Task<TimeSpan> Window(IsolatedInfrastructure infrastructure, string table, string tenant, bool fromCreation = false)
    {
        await using var connection = new NpgsqlConnection(infrastructure.PostgresConnectionString);
        await connection.OpenAsync();
        var sql = fromCreation
            ? $"select extract(epoch from max((data->>'DeliveredAt')::timestamptz) - min((data->>'CreatedAt')::timestamptz)) from notification.{table} where tenant_id = @tenant"
            : $"select extract(epoch from max(mt_last_modified) - min(mt_last_modified)) from notification.{table} where tenant_id = @tenant";
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        return TimeSpan.FromSeconds(Convert.ToDouble(await command.ExecuteScalarAsync()));
    }

    private static void Report(string what, int count, TimeSpan elapsed, int target)
    {
        var rate = count / elapsed.TotalSeconds;
        Console.WriteLine($"{what}: {elapsed.TotalSeconds:0.00} s, {rate:N0}/s (target >= {target:N0}/s) {(rate >= target ? "MET" : "NOT MET")}");
    }
}
