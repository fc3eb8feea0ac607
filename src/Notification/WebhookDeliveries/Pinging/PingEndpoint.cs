using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.WebhookDeliveries.DeliveryLog;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.WebhookDeliveries.Pinging;

/// <summary>
/// A signed test event on demand: an integrator checks the receiver, its signature check and its deduplication before
/// any real event flows. It is a delivery like any other (queued, retried, in the delivery log).
/// </summary>
public static class PingEndpoint
{
    public const string EventType = "ping";

    public static IEndpointRouteBuilder MapWebhookPing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/webhooks/{id:guid}/ping", Handle)
            .WithName("PingWebhook")
            .WithTags("Webhooks")
            .WithSummary("Sends a signed test event (type ping) to the subscription's URL now.")
            .WithDescription("The ping is signed, retried and logged like any delivery and carries its own X-NP-Event-Id; its data names the "
                + "subscription. Answers 202 with the queued delivery, to follow in the delivery log. A disabled subscription is 409: "
                + "enable it first.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Results<Accepted<DeliveryLogEntry>, ProblemHttpResult>> Handle(Guid id, PlatformCaller caller, IDocumentStore store, TimeProvider clock, DeliveryWakeUp wakeUp, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        if (await session.LoadAsync<WebhookSubscription>(id, cancellationToken) is not { } subscription)
        {
            return WebhookProblems.NoSubscription(id);
        }

        if (!subscription.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The subscription is disabled.",
                detail: $"Enable webhook subscription '{id}' (POST /api/v1/webhooks/{id}/enable) before pinging it.");
        }

        var now = clock.GetUtcNow();
        var eventId = Guid.CreateVersion7();
        var data = new { subscriptionId = id, message = "A test event from NetworkingPlatform: your receiver is reachable." };
        var delivery = new Delivery
        {
            Id = Delivery.WebhookIdFor(eventId, id),
            TenantId = caller.TenantId,
            Channel = Delivery.WebhookChannel,
            EventId = eventId,
            EventType = EventType,
            SubscriptionId = id,
            CreatedAt = now,
            DueAt = now,
            Payload = new WebhookPayload(eventId, EventType, caller.TenantId, now, data).ToJson(),
        };
        session.Insert(delivery);
        await session.SaveChangesAsync(cancellationToken);
        wakeUp.Signal();
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", DeliveryLogEntry.From(delivery));
    }
}
