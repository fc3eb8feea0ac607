using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Webhooks.Targets;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

/// <summary>Where a webhook may go once it is registered: no redirects, no internal address at send time, no socket details in the log.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class WebhookTargetTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure, startMailServer: false);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task A_redirect_is_a_failed_attempt_with_its_status_and_is_never_followed()
    {
        harness.Webhooks.Respond = request => request.Path.StartsWith("/hooks/", StringComparison.Ordinal) ? 302 : 200;
        harness.Webhooks.Location = request => "/elsewhere";
        var subscription = await Subscribe(new Uri(harness.Webhooks.BaseAddress, "hooks/a"));

        var delivery = await DeliverOne(subscription);

        var attempt = Assert.Single(delivery.Log);
        Assert.Equal((false, 302, WebhookFailure.HttpStatus), (attempt.Succeeded, attempt.StatusCode, attempt.Error));
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        var received = Assert.Single(harness.Webhooks.Received);
        Assert.Equal(("POST", "/hooks/a"), (received.Method, received.Path));
    }

    [Fact]
    public async Task A_host_that_resolves_to_an_internal_address_at_send_time_is_never_connected()
    {
        // Public when registered, internal when the delivery goes out: DNS rebinding.
        harness.WebhookHosts.Answer("rebinding.example.com", "203.0.113.7");
        var subscription = await Subscribe(new Uri($"http://rebinding.example.com:{harness.Webhooks.BaseAddress.Port}/hooks/a"));
        harness.WebhookHosts.Answer("rebinding.example.com", "127.0.0.1", "10.0.0.1");

        var delivery = await DeliverOne(subscription);

        var attempt = Assert.Single(delivery.Log);
        Assert.Equal((false, null, WebhookFailure.AddressNotAllowed), (attempt.Succeeded, attempt.StatusCode, attempt.Error));
        Assert.Empty(harness.Webhooks.Received);
    }

    [Fact]
    public async Task The_delivery_log_records_a_class_of_error_and_never_the_socket_message()
    {
        var closedPort = ClosedPort();
        var subscription = await Subscribe(new Uri($"http://127.0.0.1:{closedPort}/hooks/a"));

        var delivery = await DeliverOne(subscription);

        Assert.Equal(WebhookFailure.ConnectionRefused, Assert.Single(delivery.Log).Error);
        var log = await harness.Client().GetStringAsync($"/api/v1/webhooks/{subscription.Id}/deliveries");
        Assert.Contains(WebhookFailure.ConnectionRefused, log);
        Assert.DoesNotContain(closedPort.ToString(), log);
        Assert.DoesNotContain("refused (", log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Registration_refuses_a_name_that_resolves_to_an_internal_address_naming_the_url()
    {
        harness.WebhookHosts.Answer("metadata.google.internal", "169.254.169.254");

        var response = await harness.Client().PostAsJsonAsync("/api/v1/webhooks",
            new { url = "http://metadata.google.internal/computeMetadata/v1/", eventTypes = new[] { "reply-overdue" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ValidationProblemDetails>();
        Assert.Contains("internal address", Assert.Single(problem!.Errors["url"]));
    }

    private async Task<Delivery> DeliverOne(Subscription subscription)
    {
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await harness.Bus.Publish(overdue);
        return await harness.WaitForDelivery(Delivery.WebhookIdFor(overdue.EventId, subscription.Id), d => d.Attempts == 1, "the first attempt recorded");
    }

    private async Task<Subscription> Subscribe(Uri url)
    {
        var response = await harness.Client().PostAsJsonAsync("/api/v1/webhooks", new { url = url.ToString(), eventTypes = new[] { "reply-overdue" } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Subscription>())!;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Subscription(Guid Id, string Url);
}
