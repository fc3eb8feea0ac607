using Xunit;

namespace NetworkingPlatform.TestServers;

/// <summary>
/// What a functional test of one service needs: the service in process, a tenant of the test's own, a client
/// carrying that tenant's Gateway identity, and a test bus that records the given event types.
/// </summary>
public sealed class ServiceScenario<TEntryPoint>(IsolatedInfrastructure infrastructure, params Type[] recordedEvents) : IAsyncLifetime
    where TEntryPoint : class
{
    public PlatformServiceFactory<TEntryPoint> Service { get; } = new(infrastructure);

    public string Tenant { get; } = $"tenant-{Guid.NewGuid():N}";

    public TestBus Bus { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Service.ClientFor(Tenant);
        Bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, recordedEvents);
    }

    public async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await Service.DisposeAsync();
    }
}
