using NetworkingPlatform.Notification.Webhooks.Subscribing;

namespace NetworkingPlatform.Notification.Webhooks.RotatingSecret;

/// <summary>
/// A new signing secret without a gap: for the overlap window every delivery carries a v1 signature under each secret,
/// so a receiver can switch to the new one whenever it is ready.
/// </summary>
public static class RotateSecretEndpoint
{
    public const int DefaultOverlapHours = 24;
    public const int MaxOverlapHours = 168;

    public static IEndpointRouteBuilder MapWebhookSecretRotation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/webhooks/{id:guid}/rotate-secret", Handle)
            .WithName("RotateWebhookSecret")
            .WithTags("Webhooks")
            .WithSummary("Gives the subscription a new signing secret, shown once; the old one keeps signing during an overlap window.")
            .WithDescription($"overlapHours (0-{MaxOverlapHours}, default {DefaultOverlapHours}): until previousSecretExpiresAt every delivery's "
                + "X-NP-Signature carries two v1 signatures, under the new secret and under the old one (t=…,v1=<new>,v1=<old>); a receiver "
                + "accepts a delivery when any v1 matches. Rotating again during a window replaces the old secret by the one being retired.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Results<Ok<SubscriptionResponse>, ValidationProblem, ProblemHttpResult>> Handle(Guid id, int? overlapHours, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var overlap = overlapHours ?? DefaultOverlapHours;
        if (overlap is < 0 or > MaxOverlapHours)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["overlapHours"] = [$"Between 0 and {MaxOverlapHours}."] },
                title: "The rotation is not valid.");
        }

        await using var session = store.LightweightSession(caller.TenantId);
        if (await session.LoadAsync<WebhookSubscription>(id, cancellationToken) is not { } subscription)
        {
            return WebhookProblems.NoSubscription(id);
        }

        subscription.Rotate(WebhookSignature.NewSecret(), clock.GetUtcNow(), TimeSpan.FromHours(overlap));
        session.Store(subscription);
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SubscriptionResponse.From(subscription, withSecret: true));
    }
}
