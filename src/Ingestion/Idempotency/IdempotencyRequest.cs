namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// A request's Idempotency-Key and the hash of the request it belongs to, handed by <see cref="IdempotencyMiddleware"/>
/// to an endpoint that claims the key in the transaction of its own work (<see cref="IdempotentEndpoint.ClaimedWithTheWork"/>).
/// </summary>
public sealed record IdempotencyRequest(string Key, string RequestHash)
{
    public static IdempotencyRequest? Of(HttpContext context) => context.Features.Get<IdempotencyRequest>();
}
