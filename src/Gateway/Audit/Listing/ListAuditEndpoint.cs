using NetworkingPlatform.Gateway.Validation;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.Gateway.Audit.Listing;

public static class ListAuditEndpoint
{
    private const int DefaultPageSize = 50;

    public sealed record AuditItem(DateTimeOffset At, string Actor, string Action, string Target, string? Details);

    public static IEndpointRouteBuilder MapListAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/tenant/audit", Handle)
            .RequireAdminScope()
            .WithName("ListAudit")
            .WithTags("Audit")
            .WithDescription("Every admin action with its actor, target and details, written in the same transaction as the change. A page at a time (page, pageSize).")
            .WithSummary("The tenant's admin actions, newest first: keys created or revoked, members invited, joined or removed, webhooks changed (admin).")
            .WithPageDefaults(DefaultPageSize);
        return endpoints;
    }

    private static async Task<Results<Ok<ListPage<AuditItem>>, ValidationProblem>> Handle([AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var listed = paging.Resolve(errors.ByField, DefaultPageSize);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.QuerySession();
        var entries = await session.Query<AuditEntry>()
            .Where(e => e.TenantId == caller.TenantId)
            .OrderByDescending(e => e.At)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(entries.ToListPage(e => new AuditItem(e.At, e.Actor, e.Action, e.Target, e.Details)));
    }
}
