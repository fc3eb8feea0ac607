namespace NetworkingPlatform.Ingestion.Idempotency;

public static class IdempotencyEndpointExtensions
{
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentEndpoint.Instance)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
