namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>An answer as sent, byte for byte, so that a retry with the same Idempotency-Key gets it again.</summary>
public sealed record StoredAnswer(int StatusCode, string? ContentType, string? Location, byte[] Body)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public static StoredAnswer Json<T>(int statusCode, T body, JsonSerializerOptions options, string? location = null) =>
        new(statusCode, JsonContentType, location, JsonSerializer.SerializeToUtf8Bytes(body, options));

    public async Task WriteTo(HttpContext context, bool replayed)
    {
        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = ContentType;
        if (Location is not null)
        {
            context.Response.Headers.Location = Location;
        }

        if (replayed)
        {
            context.Response.Headers[IdempotentEndpoint.ReplayedHeaderName] = "true";
        }

        await context.Response.Body.WriteAsync(Body, context.RequestAborted);
    }
}
