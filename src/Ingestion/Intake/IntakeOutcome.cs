using NetworkingPlatform.Ingestion.Idempotency;

namespace NetworkingPlatform.Ingestion.Intake;

/// <summary>
/// How a request's work ended, as the answer to send: its own answer, the first answer to a retried Idempotency-Key, a
/// problem about the key, or 503 when the store could not be reached (a retry with the same key is safe).
/// </summary>
public abstract record IntakeOutcome : IResult
{
    public abstract Task ExecuteAsync(HttpContext httpContext);

    public sealed record Answered(StoredAnswer Answer, bool Replayed) : IntakeOutcome
    {
        public override Task ExecuteAsync(HttpContext httpContext) => Answer.WriteTo(httpContext, Replayed);
    }

    public sealed record KeyInProgress : IntakeOutcome
    {
        public override Task ExecuteAsync(HttpContext httpContext) => IdempotencyProblems.InProgress(httpContext).ExecuteAsync(httpContext);
    }

    public sealed record KeyUsedForAnotherRequest : IntakeOutcome
    {
        public override Task ExecuteAsync(HttpContext httpContext) => IdempotencyProblems.UsedForAnotherRequest().ExecuteAsync(httpContext);
    }

    public sealed record StoreUnavailable : IntakeOutcome
    {
        public override Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "1";
            return TypedResults.Problem(
                title: "The store is unavailable.",
                detail: "Nothing of this request was taken. Send it again (with the same Idempotency-Key) in a moment.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);
        }
    }
}
