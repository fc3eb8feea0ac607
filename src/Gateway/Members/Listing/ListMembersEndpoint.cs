using Marten;
using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.ServiceDefaults.Identity;

namespace NetworkingPlatform.Gateway.Members.Listing;

public static class ListMembersEndpoint
{
    public sealed record MemberAccount(string AccountId, string Email, string DisplayName, string Member, string Role, DateTimeOffset CreatedAt);

    public static RouteGroupBuilder MapListMembers(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/members", Handle)
            .WithName("ListMembers")
            .WithSummary("The tenant's accounts (admin).")
            .Produces<IReadOnlyList<MemberAccount>>();
        return tenant;
    }

    private static async Task<IResult> Handle(PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var accounts = await session.Query<Account>()
            .Where(a => a.TenantId == caller.TenantId)
            .OrderBy(a => a.CreatedAt)
            .ToListAsync(cancellationToken);
        return Results.Ok(accounts.Select(a => new MemberAccount(a.Id, a.Email, a.DisplayName, a.Member, a.Role, a.CreatedAt)).ToList());
    }
}
