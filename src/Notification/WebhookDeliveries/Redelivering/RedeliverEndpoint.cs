using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.WebhookDeliveries.DeliveryLog;

namespace NetworkingPlatform.Notification.WebhookDeliveries.Redelivering;

public static class RedeliverEndpoint
{
    public static IEndpointRouteBuilder MapWebhookRedelivery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/webhooks/{id:guid}/deliveries/{deliveryId}/redeliver", Handle)
            .WithName("RedeliverWebhook")
            .WithTags("Webhook deliveries")
            .WithDescription("Queues the delivery again at once, whatever its status; the receiver sees the same X-NP-Event-Id.")
            .WithSummary("Sends a delivery again now, whatever its status; receivers deduplicate on the event id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Accepted<DeliveryLogEntry>, ProblemHttpResult>> Handle(Guid id, string deliveryId, PlatformCaller caller, IDocumentStore store, TimeProvider clock, DeliveryWakeUp wakeUp, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        var delivery = await session.LoadAsync<Delivery>(deliveryId, cancellationToken);
        if (delivery is null || delivery.SubscriptionId != id)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such delivery.",
                detail: $"Subscription '{id}' has no delivery '{deliveryId}'.");
        }

        var now = clock.GetUtcNow();
        delivery.Status = DeliveryStatus.Pending;
        delivery.DueAt = now;
        // The retry window starts again: a manual redelivery is a fresh promise.
        delivery.CreatedAt = now;
        session.Store(delivery);
        await session.SaveChangesAsync(cancellationToken);
        wakeUp.Signal();
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", DeliveryLogEntry.From(delivery));
    }
}
