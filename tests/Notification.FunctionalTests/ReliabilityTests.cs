using NetworkingPlatform.Notification.Deliveries;
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
}
