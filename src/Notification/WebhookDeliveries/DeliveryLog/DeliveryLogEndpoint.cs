using Marten.Pagination;
using NetworkingPlatform.Notification.Deliveries;
using NetworkingPlatform.Notification.Webhooks;

namespace NetworkingPlatform.Notification.WebhookDeliveries.DeliveryLog;

public static class DeliveryLogEndpoint
{
    private const int MaxPageSize = 100;
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapWebhookDeliveryLog(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/webhooks/{id:guid}/deliveries", Handle)
            .WithName("WebhookDeliveries")
            .WithTags("Webhook deliveries")
            .WithSummary("The deliveries of a subscription, newest first, each with its attempts.")
            .WithDescription("Each delivery with its event, status, attempts (time, outcome, HTTP status) and next try. page from 1, pageSize "
                + "1-100 (default 50); limit is pageSize's earlier name.")
            .WithDeprecatedParameters(("limit", "pageSize"))
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<ListPage<DeliveryLogEntry>>, ValidationProblem, ProblemHttpResult>> Handle(Guid id, [AsParameters] PageQueryWithLimit paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var listed = paging.Resolve(errors, DefaultPageSize, MaxPageSize, clampLimit: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The page is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        if (await session.LoadAsync<WebhookSubscription>(id, cancellationToken) is null)
        {
            return WebhookProblems.NoSubscription(id);
        }

        var deliveries = await session.Query<Delivery>()
            .Where(d => d.SubscriptionId == id)
            .OrderByDescending(d => d.CreatedAt)
            .ThenBy(d => d.Id)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(deliveries.ToListPage(DeliveryLogEntry.From));
    }
}
