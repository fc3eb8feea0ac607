using Marten;
using NetworkingPlatform.Contracts.ResponseTracking;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.InApp;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class ReliabilityTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure, startMailServer: false);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task An_email_waits_while_the_mail_server_is_down_and_goes_once_it_is_back()
    {
        await harness.SetPreferences("luis", new { email = "luis@example.test", language = "es" });
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        var emailId = Delivery.EmailIdFor(overdue.EventId, "luis");
        await harness.Bus.Publish(overdue);

        var failed = await harness.WaitForDelivery(emailId, d => d.Attempts == 1, "a failed attempt");
        Assert.Equal(DeliveryStatus.Pending, failed.Status);
        Assert.False(failed.Log[0].Succeeded);

        await harness.Mail.Start();
        harness.Advance(TimeSpan.FromSeconds(20));

        var email = await harness.Mail.WaitFor("luis@example.test");
        Assert.Equal("ana espera tu respuesta", email.Subject);
        var delivered = await harness.WaitForDelivery(emailId, d => d.Status == DeliveryStatus.Delivered, "the email delivered");
        Assert.Equal(2, delivered.Attempts);
        Assert.Single(harness.Mail.Messages);
    }

    [Fact]
    public async Task A_burst_of_more_nudges_than_one_session_writes_is_stored_whole_and_once_with_every_event_delivered_twice()
    {
        var now = harness.Clock.GetUtcNow();
        var burst = Enumerable.Range(0, 300).Select(i => Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", now, member: $"member-{i % 30}")).ToList();
        var before = harness.Factory.Consumed.Consumed<ReplyOverdue>();

        await Task.WhenAll(burst.Concat(burst).Select(harness.Bus.Publish));
        await harness.Factory.Consumed.WaitForConsumed<ReplyOverdue>(before + 2 * burst.Count);

        await using var session = harness.Store.QuerySession(harness.Tenant);
        var stored = await session.Query<InAppNotification>().Select(n => n.SourceEventId).ToListAsync();
        Assert.Equal(burst.Select(o => o.EventId).Order(), stored.Order());
    }
}
