using Marten;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.ApiKeys.Listing;

public static class ListApiKeysEndpoint
{
    public static RouteGroupBuilder MapListApiKeys(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/api-keys", Handle)
            .WithName("ListApiKeys")
            .WithSummary("The tenant's API keys, revoked ones included, without secrets; last use to the minute (admin).")
            .Produces<IReadOnlyList<ApiKeyView>>();
        return tenant;
    }

    private static async Task<IResult> Handle(PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var keys = await session.Query<ApiKey>()
            .Where(k => k.TenantId == caller.TenantId)
            .OrderByDescending(k => k.CreatedAt)
            .ToListAsync(cancellationToken);
        return Results.Ok(keys.Select(ApiKeyView.Of).ToList());
    }
}
