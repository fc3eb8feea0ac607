using NetworkingPlatform.Gateway.Audit;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.ApiKeys.Revoking;

public static class RevokeApiKeyEndpoint
{
    public static RouteGroupBuilder MapRevokeApiKey(this RouteGroupBuilder tenant)
    {
        tenant.MapDelete("/api-keys/{id}", Handle)
            .WithName("RevokeApiKey")
            .WithTags("API keys")
            .WithDescription("Takes effect at once on every Gateway replica; revoking it again changes nothing.")
            .WithSummary("Revokes an API key: the next request with it gets 401 (admin).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return tenant;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        string id, PlatformCaller caller, HttpContext context, IDocumentStore store, ApiKeyCache keys, AuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var key = await session.LoadAsync<ApiKey>(id, cancellationToken);
        if (key is null || key.TenantId != caller.TenantId)
        {
            return Problems.NotFound($"There is no API key '{id}' in this organisation.");
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            session.Store(key);
            audit.Record(session, context.User, caller.TenantId, AuditActions.ApiKeyRevoked, key.Id, $"'{key.Name}'");
            ApiKeyRevocations.Announce(session, key.Id);
            await session.SaveChangesAsync(cancellationToken);
            keys.Forget(key.Id);
        }

        return TypedResults.NoContent();
    }
}
