using Marten;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Notification.Webhooks.DeliveryLog;

public static class DeliveryLogEndpoint
{
    private const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapWebhookDeliveryLog(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/webhooks/{id:guid}/deliveries", Handle)
            .WithName("WebhookDeliveries")
            .WithTags("Webhook deliveries")
            .WithSummary("The deliveries of a subscription, newest first, each with its attempts.")
            .WithDescription("Each delivery with its event, status, attempts (time, outcome, HTTP status) and next try; the newest limit (1-100, default 50).")
            .Produces<IReadOnlyList<DeliveryLogEntry>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> Handle(Guid id, int? limit, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession(caller.TenantId);
        if (await session.LoadAsync<WebhookSubscription>(id, cancellationToken) is null)
        {
            return WebhookProblems.NoSubscription(id);
        }

        var deliveries = await session.Query<Delivery>()
            .Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.CreatedAt)
            .Take(Math.Clamp(limit ?? 50, 1, MaxPageSize))
            .ToListAsync(cancellationToken);
        return Results.Ok(deliveries.Select(DeliveryLogEntry.From).ToList());
    }
}
