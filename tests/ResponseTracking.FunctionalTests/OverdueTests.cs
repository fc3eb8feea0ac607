using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.ResponseTracking.Members.Promises;
using NetworkingPlatform.ResponseTracking.Overdue;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.ResponseTracking.FunctionalTests;

/// <summary>Overdue replies, driven by a fake clock: the service's time moves only when the test advances it.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class OverdueTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly string tenant = $"tenant-{Guid.NewGuid():N}";
    private readonly FakeTimeProvider clock = new(Ingested.Start);
    private TestBus bus = null!;

    public async Task InitializeAsync() => bus = await TestBus.Start(infrastructure.RabbitMqConnectionString, typeof(ReplyOverdue));

    public async Task DisposeAsync() => await bus.DisposeAsync();

    private WebApplicationFactory<Program> StartService() =>
        new PlatformServiceFactory<Program>(infrastructure, new Dictionary<string, string> { [OverdueScanner.IntervalSetting] = "00:00:05" })
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));

    private static async Task Promise(WebApplicationFactory<Program> service, string tenantId, string member, double businessDays, int closingMinute = 0)
    {
        await using var session = service.Services.GetRequiredService<IDocumentStore>().LightweightSession(tenantId);
        session.Store(new ResponsePromise { Id = member, WithinBusinessDays = businessDays, TimeZone = "UTC", WorkdayEnd = new TimeOnly(17, closingMinute) });
        await session.SaveChangesAsync();
    }

    /// <summary>Moves the fake clock a little at a time until the overdue reply is published.</summary>
    private async Task<ReplyOverdue> AdvanceUntilOverdue(string conversation) =>
        await Eventually.Get(async () =>
        {
            clock.Advance(TimeSpan.FromSeconds(20));
            await Task.Yield();
            return bus.Received<ReplyOverdue>().FirstOrDefault(o => o.TenantId == tenant && o.ConversationId == conversation);
        }, what: $"ReplyOverdue for {conversation}");

    private async Task Recorded(WebApplicationFactory<Program> service, string conversation) =>
        await Eventually.Get(async () =>
        {
            await using var session = service.Services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
            var events = await session.Events.FetchStreamAsync(conversation);
            return events.Count > 0 ? events : null;
        }, what: $"{conversation} recorded");

    [Fact]
    public async Task A_reply_past_the_promise_is_published_overdue_once_within_a_minute_of_the_deadline()
    {
        await using var service = StartService();
        await Promise(service, tenant, "luis", 1);
        await Promise(service, tenant, "sofia", 1, closingMinute: 30);
        var (first, second) = ($"c-{Guid.NewGuid():N}", $"c-{Guid.NewGuid():N}");
        await bus.Publish(Ingested.Message(tenant, first, "m1", "ana", "luis", 0, "offer"));
        await bus.Publish(Ingested.Message(tenant, second, "m1", "ana", "sofia", 0, "question"));
        await Recorded(service, first);
        await Recorded(service, second);
        clock.Advance(TimeSpan.FromHours(8) - TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(bus.Received<ReplyOverdue>(), o => o.TenantId == tenant);

        var overdue = await AdvanceUntilOverdue(first);
        Assert.InRange(overdue.OccurredAt - overdue.Deadline, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(("luis", "ana", "offer", Ingested.Start.AddHours(8)), (overdue.Member, overdue.WaitingMember, overdue.Kind, overdue.Deadline));

        // Sofia's working day is half an hour longer, so her reply falls due half an hour later: by the time it is published, the first was scanned again many times.
        await AdvanceUntilOverdue(second);
        Assert.Single(bus.Received<ReplyOverdue>(), o => o.ConversationId == first);
    }

    [Fact]
    public async Task A_deadline_passed_while_the_service_was_down_is_published_when_it_comes_back()
    {
        var conversation = $"c-{Guid.NewGuid():N}";
        var stopped = StartService();
        await Promise(stopped, tenant, "luis", 2);
        await bus.Publish(Ingested.Message(tenant, conversation, "m1", "ana", "luis", 0));
        await Recorded(stopped, conversation);
        await stopped.DisposeAsync();

        clock.Advance(TimeSpan.FromDays(3));
        await using var restarted = StartService();
        _ = restarted.Services;

        var overdue = await AdvanceUntilOverdue(conversation);
        Assert.Equal(Ingested.Start.AddDays(1).AddHours(8), overdue.Deadline);
    }
}
