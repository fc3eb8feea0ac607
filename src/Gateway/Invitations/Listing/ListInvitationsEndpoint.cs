using Marten;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.Invitations.Listing;

public static class ListInvitationsEndpoint
{
    public sealed record PendingInvitation(string InvitationId, string Email, string Role, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

    public static RouteGroupBuilder MapListInvitations(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/invitations", Handle)
            .WithName("ListInvitations")
            .WithSummary("The tenant's pending invitations, without their tokens (admin).")
            .Produces<IReadOnlyList<PendingInvitation>>();
        return tenant;
    }

    private static async Task<IResult> Handle(PlatformCaller caller, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var now = clock.GetUtcNow();
        var pending = await session.Query<Invitation>()
            .Where(i => i.TenantId == caller.TenantId && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        return Results.Ok(pending.Select(i => new PendingInvitation(i.Id, i.Email, i.Role, i.InvitedBy, i.CreatedAt, i.ExpiresAt)).ToList());
    }
}
