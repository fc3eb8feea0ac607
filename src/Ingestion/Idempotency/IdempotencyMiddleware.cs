namespace NetworkingPlatform.Ingestion.Idempotency;

/// <summary>
/// Answers a retried request (same Idempotency-Key, same request) with the first answer, byte for byte; refuses the
/// key for a different request (422) and while the first is still running (409). Answers of 5xx are not kept.
/// Endpoints whose work is one transaction claim the key in it themselves (<see cref="IdempotencyRequest"/>); for the
/// others the key is claimed here under a lease that the running request renews, so that a request that died with its
/// process, or failed while the database was down, holds the key for seconds, not for good.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, ILogger<IdempotencyMiddleware> logger)
{
    private const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context, IdempotencyStore store)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotentEndpoint>() is not { } endpoint
            || !context.Request.Headers.TryGetValue(IdempotentEndpoint.HeaderName, out var values)
            || context.User.FindFirst(PlatformIdentity.TenantClaim)?.Value is not { } tenantId)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
        {
            await IdempotencyProblems.InvalidKey(MaxKeyLength).ExecuteAsync(context);
            return;
        }

        var requestHash = await HashRequest(context.Request, context.RequestAborted);
        if (endpoint.ClaimedWithTheWork)
        {
            context.Features.Set(new IdempotencyRequest(key, requestHash));
            await next(context);
            return;
        }

        switch (await store.Claim(tenantId, key, requestHash, context.RequestAborted))
        {
            case IdempotencyClaim.Answered answered:
                await answered.Answer.WriteTo(context, replayed: true);
                return;
            case IdempotencyClaim.InProgress:
                await IdempotencyProblems.InProgress(context).ExecuteAsync(context);
                return;
            case IdempotencyClaim.UsedForAnotherRequest:
                await IdempotencyProblems.UsedForAnotherRequest().ExecuteAsync(context);
                return;
        }

        await RunAndKeepAnswer(context, store, tenantId, key, requestHash);
    }

    private async Task RunAndKeepAnswer(HttpContext context, IdempotencyStore store, string tenantId, string key, string requestHash)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        using var renewing = new CancellationTokenSource();
        var lease = store.RenewWhileRunning(tenantId, key, requestHash, renewing.Token);
        try
        {
            await next(context);
        }
        catch
        {
            await Release(store, tenantId, key);
            throw;
        }
        finally
        {
            context.Response.Body = original;
            await renewing.CancelAsync();
            await lease;
        }

        if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await Release(store, tenantId, key);
        }
        else
        {
            var answer = new StoredAnswer(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray());
            await store.Complete(tenantId, key, answer, CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Frees the key for a retry at once; when that fails too (the database is down), the lease frees it shortly.</summary>
    private async Task Release(IdempotencyStore store, string tenantId, string key)
    {
        try
        {
            await store.Release(tenantId, key, CancellationToken.None);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException)
        {
            logger.LogWarning(exception, "Could not release an Idempotency-Key after a failed request; its lease frees it within {Lease}.", IdempotencyStore.Lease);
        }
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
}
