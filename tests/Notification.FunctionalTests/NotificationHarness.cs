using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.FunctionalTests.Fakes;
using NetworkingPlatform.Notification.InApp.LiveStream;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Webhooks.Targets;
using NetworkingPlatform.Notification.WeeklySummaries;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

/// <summary>
/// The Notification service in process on the run's own database and vhost, with a fake clock, a real SMTP server,
/// a local HTTP server standing for Ingestion and another for webhook receivers.
/// </summary>
public sealed class NotificationHarness(IsolatedInfrastructure infrastructure, bool startMailServer = true, Action<IServiceCollection>? configureServices = null)
    : IAsyncLifetime
{
    private readonly List<PlatformServiceFactory<Program>> replicas = [];
    private WebApplicationFactory<Program> service = null!;

    // Whole seconds: PostgreSQL keeps microseconds, and a due time rounded up past "now" would never be due.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    public string Tenant { get; } = $"tenant-{Guid.NewGuid():N}";

    public MailInbox Mail { get; } = new();

    public LocalHttpReceiver Ingestion { get; } = new();

    public LocalHttpReceiver Webhooks { get; } = new();

    public LocalHttpReceiver ResponseTracking { get; } = new();

    /// <summary>The addresses webhook host names resolve to; a name it was not told resolves to nothing.</summary>
    public StubHostResolver WebhookHosts { get; } = new();

    public TestBus Bus { get; private set; } = null!;

    public PlatformServiceFactory<Program> Factory { get; private set; } = null!;

    public string SigningKey => infrastructure.SigningKey;

    public IServiceProvider Services => service.Services;

    public IDocumentStore Store => service.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        if (startMailServer)
        {
            await Mail.Start();
        }

        await Ingestion.Start();
        await Webhooks.Start();
        await ResponseTracking.Start();
        (Factory, service) = await StartService();
        Bus = await TestBus.Start(infrastructure.RabbitMqConnectionString);
    }

    /// <summary>Another copy of the service on the same database, broker, servers and clock: a second replica, or the service after a restart.</summary>
    public async Task<WebApplicationFactory<Program>> StartReplica()
    {
        var (factory, replica) = await StartService();
        replicas.Add(factory);
        return replica;
    }

    private async Task<(PlatformServiceFactory<Program>, WebApplicationFactory<Program>)> StartService()
    {
        var factory = new PlatformServiceFactory<Program>(infrastructure, new Dictionary<string, string>
        {
            ["Smtp:Port"] = Mail.Port.ToString(),
            ["Smtp:Host"] = "127.0.0.1",
            ["Notification:IngestionBaseUrl"] = Ingestion.BaseAddress.ToString(),
            ["Notification:PublicBaseUrl"] = "http://localhost/",
            ["WeeklySummary:ResponseTrackingBaseUrl"] = ResponseTracking.BaseAddress.ToString(),
            // Tests run the scans themselves; the scheduler's own scan happens once, at the start.
            ["WeeklySummary:ScanInterval"] = "30.00:00:00",
            ["Deliveries:PollInterval"] = "00:00:00.100",
            ["Deliveries:RetryBaseDelay"] = "00:00:10",
            // The receivers listen on loopback, which webhooks may reach only when told.
            ["Webhooks:AllowLoopback"] = "true",
        });
        var started = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock).AddSingleton<IWebhookHostResolver>(WebhookHosts);
            configureServices?.Invoke(services);
        }));
        await started.Services.GetRequiredService<LiveFeedListener>().WhenListening(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        return (factory, started);
    }

    public async Task DisposeAsync()
    {
        // The run's database is shared by the tests of the collection: what this test left queued must not be
        // delivered by the next test's worker, nor its members be given weekly summaries by the next test's scheduler.
        await using (var session = Store.LightweightSession(Tenant))
        {
            session.DeleteWhere<Delivery>(_ => true);
            session.DeleteWhere<MemberPreferences>(_ => true);
            await session.SaveChangesAsync();
        }

        await Bus.DisposeAsync();
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }

        await service.DisposeAsync();
        await Factory.DisposeAsync();
        await Mail.DisposeAsync();
        await Ingestion.DisposeAsync();
        await Webhooks.DisposeAsync();
        await ResponseTracking.DisposeAsync();
    }

    /// <summary>A client with the Gateway's identity; valid on the real clock and days ahead on the fake one.</summary>
    public HttpClient Client(string? tenant = null, WebApplicationFactory<Program>? replica = null)
    {
        var client = (replica ?? service).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            GatewayIdentityTokens.Issue(infrastructure.SigningKey, tenant ?? Tenant, lifetime: TimeSpan.FromDays(10), issuedAt: DateTime.UtcNow.AddMinutes(-1)));
        return client;
    }

    /// <summary>A client without any identity, as a mail client following a link is.</summary>
    public HttpClient Anonymous() => service.CreateClient();

    /// <summary>Moves the fake clock and wakes the delivery worker, so that what became due is attempted now.</summary>
    public void Advance(TimeSpan by)
    {
        Clock.Advance(by);
        service.Services.GetRequiredService<DeliveryWakeUp>().Signal();
    }

    public WeeklySummaryScheduler WeeklySummaries => service.Services.GetRequiredService<WeeklySummaryScheduler>();

    public DeliveryWorker Worker => service.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DeliveryWorker>().Single();

    public async Task<Delivery?> Delivery(string id)
    {
        await using var session = Store.QuerySession(Tenant);
        return await session.LoadAsync<Delivery>(id);
    }

    public Task<Delivery> WaitForDelivery(string id, Func<Delivery, bool> condition, string what) =>
        Eventually.Get(async () => await Delivery(id) is { } delivery && condition(delivery) ? delivery : null, what: what);

    public async Task SetPreferences(string member, object preferences)
    {
        var response = await Client().PutAsJsonAsync($"/api/v1/preferences/{member}", preferences);
        response.EnsureSuccessStatusCode();
    }
}
