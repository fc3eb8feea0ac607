using System.Security.Cryptography;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// Answers a retried request (same Idempotency-Key, same request) with the first answer, byte for byte; refuses the
/// key for a different request (422) and while the first is still running (409). Answers of 5xx are not kept.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    private const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>() is null
            || !context.Request.Headers.TryGetValue(IdempotentEndpoint.HeaderName, out var values)
            || context.User.FindFirst(PlatformIdentity.TenantClaim)?.Value is not { } tenantId)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "The Idempotency-Key header is not valid.",
                $"The {IdempotentEndpoint.HeaderName} header must be 1 to {MaxKeyLength} printable characters.");
            return;
        }

        var requestHash = await HashRequest(context.Request, context.RequestAborted);
        switch (await store.Claim(tenantId, key, requestHash, context.RequestAborted))
        {
            case IdempotencyClaim.Answered answered:
                await Replay(context, answered.Answer);
                return;
            case IdempotencyClaim.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await Problem(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still being processed.",
                    "Retry after it finishes to get its answer.");
                return;
            case IdempotencyClaim.UsedForAnotherRequest:
                await Problem(context, StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was used for a different request.",
                    $"Each {IdempotentEndpoint.HeaderName} belongs to one request (method, path and body); use a new key for a new request.");
                return;
        }

        await RunAndKeepAnswer(context, store, tenantId, key);
    }

    private async Task RunAndKeepAnswer(HttpContext context, IdempotencyStore store, string tenantId, string key)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await store.Release(tenantId, key, CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await store.Release(tenantId, key, CancellationToken.None);
        }
        else
        {
            var answer = new StoredAnswer(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray());
            await store.Complete(tenantId, key, answer, CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task<string> HashRequest(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static async Task Replay(HttpContext context, StoredAnswer answer)
    {
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = answer.ContentType;
        if (answer.Location is not null)
        {
            context.Response.Headers.Location = answer.Location;
        }

        context.Response.Headers[IdempotentEndpoint.ReplayedHeaderName] = "true";
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);
}
