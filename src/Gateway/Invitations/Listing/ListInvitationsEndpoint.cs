using NetworkingPlatform.Gateway.Validation;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.Gateway.Invitations.Listing;

public static class ListInvitationsEndpoint
{
    private const int DefaultPageSize = 50;

    public sealed record PendingInvitation(string InvitationId, string Email, string Role, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

    public static RouteGroupBuilder MapListInvitations(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/invitations", Handle)
            .WithName("ListInvitations")
            .WithTags("Invitations")
            .WithDescription("Invitations not yet accepted nor expired, without their tokens. A page at a time (page, pageSize).")
            .WithSummary("The tenant's pending invitations, newest first, without their tokens; a page at a time (admin).")
            .WithPageDefaults(DefaultPageSize);
        return tenant;
    }

    private static async Task<Results<Ok<ListPage<PendingInvitation>>, ValidationProblem>> Handle(
        [AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var listed = paging.Resolve(errors.ByField, DefaultPageSize);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.QuerySession();
        var now = clock.GetUtcNow();
        var pending = await session.Query<Invitation>()
            .Where(i => i.TenantId == caller.TenantId && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(pending.ToListPage(i => new PendingInvitation(i.Id, i.Email, i.Role, i.InvitedBy, i.CreatedAt, i.ExpiresAt)));
    }
}
