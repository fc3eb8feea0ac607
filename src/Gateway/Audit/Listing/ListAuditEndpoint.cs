using Marten;
using Marten.Pagination;
using NetworkingPlatform.Gateway.Validation;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.Audit.Listing;

public static class ListAuditEndpoint
{
    public const int MaxPageSize = 200;

    public sealed record AuditItem(DateTimeOffset At, string Actor, string Action, string Target, string? Details);

    public sealed record AuditPage(IReadOnlyList<AuditItem> Items, int Page, int PageSize, long Total);

    public static IEndpointRouteBuilder MapListAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/tenant/audit", Handle)
            .RequireAdminScope()
            .WithName("ListAudit")
            .WithSummary("The tenant's admin actions, newest first: keys created or revoked, members invited, joined or removed, webhooks changed (admin).")
            .Produces<AuditPage>();
        return endpoints;
    }

    private static async Task<IResult> Handle(PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = new RequestErrors()
            .Check(page >= 1, "page", "The page starts at 1.")
            .Check(pageSize is >= 1 and <= MaxPageSize, "pageSize", $"The page size is between 1 and {MaxPageSize}.");
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.QuerySession();
        var entries = await session.Query<AuditEntry>()
            .Where(e => e.TenantId == caller.TenantId)
            .OrderByDescending(e => e.At)
            .ToPagedListAsync(page, pageSize, cancellationToken);
        return Results.Ok(new AuditPage(
            [.. entries.Select(e => new AuditItem(e.At, e.Actor, e.Action, e.Target, e.Details))], page, pageSize, entries.TotalItemCount));
    }
}
