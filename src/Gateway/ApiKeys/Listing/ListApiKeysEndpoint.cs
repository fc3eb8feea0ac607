using NetworkingPlatform.Gateway.Validation;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.Gateway.ApiKeys.Listing;

public static class ListApiKeysEndpoint
{
    private const int DefaultPageSize = 50;

    public static RouteGroupBuilder MapListApiKeys(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/api-keys", Handle)
            .WithName("ListApiKeys")
            .WithTags("API keys")
            .WithDescription("Every key of the tenant with its scopes, creation, last use (to the minute) and revocation. A page at a time (page, pageSize).")
            .WithSummary("The tenant's API keys, newest first, revoked ones included, without secrets; last use to the minute; a page at a time (admin).")
            .WithPageDefaults(DefaultPageSize);
        return tenant;
    }

    private static async Task<Results<Ok<ListPage<ApiKeyView>>, ValidationProblem>> Handle([AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var listed = paging.Resolve(errors.ByField, DefaultPageSize);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.QuerySession();
        var keys = await session.Query<ApiKey>()
            .Where(k => k.TenantId == caller.TenantId)
            .OrderByDescending(k => k.CreatedAt)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(keys.ToListPage(ApiKeyView.Of));
    }
}
