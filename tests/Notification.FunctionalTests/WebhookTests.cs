using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.FunctionalTests.Fakes;
using NetworkingPlatform.Notification.Webhooks;
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

        var (timestamp, signatures) = Signature(request);
        Assert.Equal([Sign(subscription.Secret!, timestamp, request.Body)], signatures);
        Assert.InRange(timestamp, harness.Clock.GetUtcNow().AddMinutes(-5).ToUnixTimeSeconds(), harness.Clock.GetUtcNow().ToUnixTimeSeconds());
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

        var log = await harness.Client().GetFromJsonAsync<Listed<LogEntry>>($"/api/v1/webhooks/{subscription.Id}/deliveries");
        var entry = Assert.Single(log!.Items);
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
        var disabled = Assert.Single((await harness.Client().GetFromJsonAsync<Listed<Subscription>>("/api/v1/webhooks"))!.Items);
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

    [Fact]
    public async Task A_ping_reaches_the_receiver_signed_with_the_product_as_user_agent_and_shows_in_the_delivery_log()
    {
        var subscription = await Subscribe("reply-overdue");
        var client = harness.Client();

        var ping = await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/ping", null);

        Assert.Equal(HttpStatusCode.Accepted, ping.StatusCode);
        var queued = (await ping.Content.ReadFromJsonAsync<LogEntry>())!;
        var request = await Eventually.Get(() => Task.FromResult(harness.Webhooks.Received.FirstOrDefault()), what: "the ping");
        var (timestamp, signatures) = Signature(request);
        Assert.Equal([Sign(subscription.Secret!, timestamp, request.Body)], signatures);
        Assert.Equal("ping", request.Headers["X-NP-Event-Type"]);
        Assert.Matches(@"^NetworkingPlatform-Webhooks/\d+\.\d+\.\d+$", request.Headers["User-Agent"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("ping", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(request.Headers["X-NP-Event-Id"], body.RootElement.GetProperty("id").GetGuid().ToString());
        Assert.Equal(subscription.Id, body.RootElement.GetProperty("data").GetProperty("subscriptionId").GetGuid());

        await harness.WaitForDelivery(queued.Id, d => d.Status == DeliveryStatus.Delivered, "the ping recorded as delivered");
        var log = (await client.GetFromJsonAsync<Listed<LogEntry>>($"/api/v1/webhooks/{subscription.Id}/deliveries?pageSize=10"))!.Items;
        Assert.Equal(("ping", "delivered"), (Assert.Single(log).EventType, log[0].Status));
    }

    [Fact]
    public async Task A_ping_to_an_unknown_subscription_is_404_and_to_a_disabled_one_409()
    {
        var client = harness.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/webhooks/{Guid.NewGuid()}/ping", null)).StatusCode);

        var subscription = await Subscribe("reply-overdue");
        await using (var session = harness.Store.LightweightSession(harness.Tenant))
        {
            var stored = (await session.LoadAsync<WebhookSubscription>(subscription.Id))!;
            stored.Enabled = false;
            session.Store(stored);
            await session.SaveChangesAsync();
        }

        var disabled = await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/ping", null);
        Assert.Equal(HttpStatusCode.Conflict, disabled.StatusCode);
        Assert.Equal("application/problem+json", disabled.Content.Headers.ContentType?.MediaType);
        Assert.Empty(harness.Webhooks.Received);
    }

    [Fact]
    public async Task After_a_rotation_deliveries_carry_both_signatures_until_the_overlap_ends_then_only_the_new_one()
    {
        var subscription = await Subscribe("reply-overdue");
        var client = harness.Client();

        var rotation = await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/rotate-secret?overlapHours=2", null);

        Assert.Equal(HttpStatusCode.OK, rotation.StatusCode);
        var rotated = (await rotation.Content.ReadFromJsonAsync<Subscription>())!;
        Assert.StartsWith("whsec_", rotated.Secret);
        Assert.NotEqual(subscription.Secret, rotated.Secret);
        Assert.Equal(harness.Clock.GetUtcNow().AddHours(2), rotated.PreviousSecretExpiresAt);
        Assert.All((await client.GetFromJsonAsync<Listed<Subscription>>("/api/v1/webhooks"))!.Items, listed => Assert.Null(listed.Secret));

        await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/ping", null);
        var during = await Eventually.Get(() => Task.FromResult(harness.Webhooks.Received.FirstOrDefault()), what: "a ping during the overlap");
        var (t1, duringSignatures) = Signature(during);
        Assert.Equal([Sign(rotated.Secret!, t1, during.Body), Sign(subscription.Secret!, t1, during.Body)], duringSignatures);

        harness.Advance(TimeSpan.FromHours(2));
        await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/ping", null);
        var after = await Eventually.Get(() => Task.FromResult(harness.Webhooks.Received.Skip(1).FirstOrDefault()), what: "a ping after the overlap");
        var (t2, afterSignatures) = Signature(after);
        Assert.Equal([Sign(rotated.Secret!, t2, after.Body)], afterSignatures);
    }

    [Fact]
    public async Task A_rotation_with_an_overlap_out_of_range_is_refused_naming_it_and_of_an_unknown_subscription_is_404()
    {
        var subscription = await Subscribe("reply-overdue");
        var client = harness.Client();

        var tooLong = await client.PostAsync($"/api/v1/webhooks/{subscription.Id}/rotate-secret?overlapHours=1000", null);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("\"overlapHours\"", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/webhooks/{Guid.NewGuid()}/rotate-secret", null)).StatusCode);
    }

    private static (long Timestamp, List<string> Signatures) Signature(ReceivedRequest request)
    {
        var parts = request.Headers["X-NP-Signature"].Split(',').Select(part => part.Split('=', 2)).ToList();
        return (long.Parse(Assert.Single(parts, p => p[0] == "t")[1]), [.. parts.Where(p => p[0] == "v1").Select(p => p[1])]);
    }

    private static string Sign(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private async Task<Subscription> Subscribe(string eventType)
    {
        var response = await harness.Client().PostAsJsonAsync("/api/v1/webhooks", new { url = new Uri(harness.Webhooks.BaseAddress, "hooks/a").ToString(), eventTypes = new[] { eventType } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Subscription>())!;
    }

    private sealed record Subscription(Guid Id, string Url, bool Enabled, string? Secret, DateTimeOffset? PreviousSecretExpiresAt = null);

    private sealed record Listed<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

    private sealed record LogEntry(string Id, string Status, int Attempts, string EventType = "");
}
