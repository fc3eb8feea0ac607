using Marten.Pagination;
using NetworkingPlatform.Notification.Preferences;
using NetworkingPlatform.Notification.Webhooks.Targets;

namespace NetworkingPlatform.Notification.Webhooks.Subscribing;

public static class SubscriptionEndpoints
{
    private const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapWebhookSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/webhooks", Subscribe)
            .WithName("SubscribeWebhook")
            .WithTags("Webhooks")
            .WithDescription("Each delivery is a POST signed with X-NP-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">, with X-NP-Event-Id "
                + "(deduplicate on it), X-NP-Event-Type and User-Agent NetworkingPlatform-Webhooks/<version>; while a rotated secret overlaps, "
                + "X-NP-Signature carries one v1 per secret. Targets are https to a public host.")
            .WithSummary("Subscribes a URL to event types; the answer carries the signing secret, shown once.");
        endpoints.MapGet("/api/v1/webhooks", List)
            .WithName("ListWebhooks")
            .WithTags("Webhooks")
            .WithSummary("The tenant's webhook subscriptions.")
            .WithDescription("Oldest first, without their secrets. page from 1, pageSize 1-200 (default 50).");
        endpoints.MapPost("/api/v1/webhooks/{id:guid}/enable", Enable)
            .WithName("EnableWebhook")
            .WithTags("Webhooks")
            .WithDescription("A subscription whose deliveries failed for 24 hours is disabled; enable it, then redeliver what it missed.")
            .WithSummary("Turns a subscription that was disabled after persistent failures back on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapDelete("/api/v1/webhooks/{id:guid}", Remove)
            .WithName("DeleteWebhook")
            .WithTags("Webhooks")
            .WithSummary("Removes a subscription: no more deliveries are made to it.")
            .WithDescription("Deliveries already queued for it are not sent; deleting it again is 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Created<SubscriptionResponse>, ValidationProblem>> Subscribe(SubscribeRequest request, PlatformCaller caller, WebhookUrlPolicy policy, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (await policy.Reject(request.Url, cancellationToken) is { } urlProblem)
        {
            errors["url"] = [urlProblem];
        }

        if (request.EventTypes is not { Count: > 0 } types)
        {
            errors["eventTypes"] = [$"Name at least one event type: {string.Join(", ", NotificationTypes.All)}."];
        }
        else if (types.FirstOrDefault(type => !NotificationTypes.All.Contains(type)) is { } unknown)
        {
            errors["eventTypes"] = [$"Unknown event type '{unknown}'; expected some of: {string.Join(", ", NotificationTypes.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The subscription is not valid.");
        }

        var subscription = new WebhookSubscription
        {
            Id = Guid.CreateVersion7(),
            Url = request.Url!,
            EventTypes = [.. request.EventTypes!.Distinct()],
            Secret = WebhookSignature.NewSecret(),
            CreatedAt = clock.GetUtcNow(),
        };
        await using var session = store.LightweightSession(caller.TenantId);
        session.Insert(subscription);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{subscription.Id}", SubscriptionResponse.From(subscription, withSecret: true));
    }

    private static async Task<Results<Ok<ListPage<SubscriptionResponse>>, ValidationProblem>> List([AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var listed = paging.Resolve(errors, DefaultPageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The page is not valid.");
        }

        await using var session = store.QuerySession(caller.TenantId);
        var subscriptions = await session.Query<WebhookSubscription>()
            .OrderBy(s => s.CreatedAt)
            .ThenBy(s => s.Id)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(subscriptions.ToListPage(s => SubscriptionResponse.From(s)));
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ProblemHttpResult>> Enable(Guid id, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        if (await session.LoadAsync<WebhookSubscription>(id, cancellationToken) is not { } subscription)
        {
            return WebhookProblems.NoSubscription(id);
        }

        subscription.Enabled = true;
        subscription.DisabledAt = null;
        subscription.DisabledReason = null;
        session.Store(subscription);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SubscriptionResponse.From(subscription));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(Guid id, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession(caller.TenantId);
        if (await session.LoadAsync<WebhookSubscription>(id, cancellationToken) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no webhook subscription '{id}'.");
        }

        session.Delete<WebhookSubscription>(id);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
