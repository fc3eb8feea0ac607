using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.TestServers;

namespace NetworkingPlatform.Notification.FunctionalTests;

[Collection(InfrastructureCollection.Name)]
public sealed class WebhookTests(IsolatedInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHarness harness = new(infrastructure);

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task A_webhook_arrives_with_a_signature_over_its_timestamp_and_body()
    {
        var subscription = await Subscribe("reply-overdue");
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        await harness.Bus.Publish(overdue);

        var request = await Eventually.Get(() => Task.FromResult(harness.Webhooks.Received.FirstOrDefault()), what: "a webhook");

        var parts = request.Headers["X-NP-Signature"].Split(',').Select(part => part.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(subscription.Secret!), Encoding.UTF8.GetBytes($"{parts["t"]}.{request.Body}")));
        Assert.Equal(expected, parts["v1"]);
        Assert.InRange(long.Parse(parts["t"]), harness.Clock.GetUtcNow().AddMinutes(-5).ToUnixTimeSeconds(), harness.Clock.GetUtcNow().ToUnixTimeSeconds());
        Assert.Equal(overdue.EventId.ToString(), request.Headers["X-NP-Event-Id"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(overdue.EventId, body.RootElement.GetProperty("id").GetGuid());
        Assert.Equal("reply-overdue", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(overdue.ConversationId, body.RootElement.GetProperty("data").GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task A_receiver_that_fails_three_times_then_succeeds_gets_the_event_exactly_once()
    {
        harness.Webhooks.Respond = request => harness.Webhooks.Received.Count < 3 ? 503 : 200;
        var subscription = await Subscribe("reply-overdue");
        var overdue = Events.Overdue(harness.Tenant, $"c-{Guid.NewGuid():N}", harness.Clock.GetUtcNow());
        var deliveryId = Delivery.WebhookIdFor(overdue.EventId, subscription.Id);
        await harness.Bus.Publish(overdue);

        for (var failures = 1; failures <= 3; failures++)
        {
            await harness.WaitForDelivery(deliveryId, d => d.Attempts == failures, $"attempt {failures} recorded");
            // Exponential backoff from 10 s with at most the full delay as jitter.
            harness.Advance(TimeSpan.FromSeconds(10 * Math.Pow(2, failures)));
        }

        var delivered = await harness.WaitForDelivery(deliveryId, d => d.Status == DeliveryStatus.Delivered, "the delivery succeeding");
        Assert.Equal(4, delivered.Attempts);
        Assert.Equal([503, 503, 503, 200], delivered.Log.Select(a => a.StatusCode));

        harness.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await harness.Worker.RunOnce(CancellationToken.None));
        Assert.Equal(4, harness.Webhooks.Received.Count);
        Assert.Single(harness.Webhooks.Received, r => r.Status == 200);
        Assert.All(harness.Webhooks.Received, r => Assert.Equal(overdue.EventId.ToString(), r.Headers["X-NP-Event-Id"]));

        var log = await harness.Client().GetFromJsonAsync<List<LogEntry>>($"/api/v1/webhooks/{subscription.Id}/deliveries");
        var entry = Assert.Single(log!);
        Assert.Equal(("delivered", 4), (entry.Status, entry.Attempts));
    }

    [Fact]
    public async Task A_receiver_failing_for_a_day_is_disabled_and_a_manual_redelivery_reaches_it_once_it_is_back()
    {
        harness.Webhooks.Respond = _ => 500;
        var subscription = await Subscribe("import-completed");
        var import = new Contracts.ResponseTracking.ImportSummarised(Guid.NewGuid(), harness.Tenant, harness.Clock.GetUtcNow(), "import-1", "ana", true, null, 10, 9, 1, 4, 2, 1);
        var deliveryId = Delivery.WebhookIdFor(import.EventId, subscription.Id);
        await harness.Bus.Publish(import);

        var attempts = 0;
        while ((await harness.WaitForDelivery(deliveryId, d => d.Attempts > attempts, "another attempt")) is { Status: DeliveryStatus.Pending } pending)
        {
            attempts = pending.Attempts;
            harness.Advance(TimeSpan.FromHours(2));
        }

        Assert.Equal(DeliveryStatus.Failed, (await harness.Delivery(deliveryId))!.Status);
        var disabled = Assert.Single((await harness.Client().GetFromJsonAsync<List<Subscription>>("/api/v1/webhooks"))!);
        Assert.False(disabled.Enabled);
        var failedAttempts = harness.Webhooks.Received.Count;

        harness.Webhooks.Respond = _ => 200;
        var client = harness.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/deliveries/{deliveryId}/redeliver", null)).StatusCode);

        await harness.WaitForDelivery(deliveryId, d => d.Status == DeliveryStatus.Delivered, "the redelivery");
        Assert.Equal(failedAttempts + 1, harness.Webhooks.Received.Count);
    }

    [Fact]
    public async Task Targets_outside_the_allow_list_and_unknown_event_types_are_refused_naming_the_field()
    {
        var client = harness.Client();
        harness.WebhookHosts.Answer("hooks.example.com", "203.0.113.10");
        var privateTarget = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "http://10.1.2.3/hook", eventTypes = new[] { "reply-overdue" } });
        Assert.Equal(HttpStatusCode.BadRequest, privateTarget.StatusCode);
        Assert.Contains("\"url\"", await privateTarget.Content.ReadAsStringAsync());

        var unknownType = await client.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.com/x", eventTypes = new[] { "everything" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownType.StatusCode);
        Assert.Contains("\"eventTypes\"", await unknownType.Content.ReadAsStringAsync());
    }

    private async Task<Subscription> Subscribe(string eventType)
    {
        var response = await harness.Client().PostAsJsonAsync("/api/v1/webhooks", new { url = new Uri(harness.Webhooks.BaseAddress, "hooks/a").ToString(), eventTypes = new[] { eventType } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Subscription>())!;
    }

    private sealed record Subscription(Guid Id, string Url, bool Enabled, string? Secret);

    private sealed record LogEntry(string Id, string Status, int Attempts);
}
