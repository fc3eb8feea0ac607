namespace NetworkingPlatform.Ingestion.Idempotency;

public static class IdempotencyEndpointExtensions
{
    /// <summary>The key is claimed before the endpoint runs and released if it fails (see <see cref="IdempotencyStore"/>).</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentEndpoint.Instance).ProducesIdempotencyProblems();

    /// <summary>The endpoint claims the key in the transaction of its work, from <see cref="IdempotencyRequest.Of"/>.</summary>
    public static RouteHandlerBuilder WithIdempotencyKeyClaimedWithTheWork(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentEndpoint.WithTheWork).ProducesIdempotencyProblems();

    private static RouteHandlerBuilder ProducesIdempotencyProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
