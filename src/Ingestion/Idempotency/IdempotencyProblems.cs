namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>The answers about an Idempotency-Key that are not the request's own.</summary>
public static class IdempotencyProblems
{
    public static ProblemHttpResult InvalidKey(int maxLength) => TypedResults.Problem(
        title: "The Idempotency-Key header is not valid.",
        detail: $"The {IdempotentEndpoint.HeaderName} header must be 1 to {maxLength} printable characters.",
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult InProgress(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(
            title: "A request with this Idempotency-Key is still being processed.",
            detail: "Retry after it finishes to get its answer.",
            statusCode: StatusCodes.Status409Conflict);
    }

    public static ProblemHttpResult UsedForAnotherRequest() => TypedResults.Problem(
        title: "The Idempotency-Key was used for a different request.",
        detail: $"Each {IdempotentEndpoint.HeaderName} belongs to one request (method, path and body); use a new key for a new request.",
        statusCode: StatusCodes.Status422UnprocessableEntity);
}
