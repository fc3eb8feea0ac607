using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.Gateway.Paging;

namespace NetworkingPlatform.Gateway.Members.Listing;

public static class ListMembersEndpoint
{
    public sealed record MemberAccount(string AccountId, string Email, string DisplayName, string Member, string Role, DateTimeOffset CreatedAt);

    public static RouteGroupBuilder MapListMembers(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/members", Handle)
            .WithName("ListMembers")
            .WithTags("Members")
            .WithDescription("Each account: email, display name, member handle, role, when it joined. A page at a time (page, pageSize).")
            .WithSummary("The tenant's accounts, oldest first, a page at a time (admin).")
            .Produces<ListPage<MemberAccount>>();
        return tenant;
    }

    private static async Task<IResult> Handle(PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken, int page = 1, int pageSize = PageRequest.DefaultPageSize)
    {
        if (PageRequest.Check(page, pageSize) is { Any: true } errors)
        {
            return errors.ToResult();
        }

        await using var session = store.QuerySession();
        var accounts = await session.Query<Account>()
            .Where(a => a.TenantId == caller.TenantId)
            .OrderBy(a => a.CreatedAt)
            .ToPagedListAsync(page, pageSize, cancellationToken);
        return Results.Ok(accounts.ToListPage(a => new MemberAccount(a.Id, a.Email, a.DisplayName, a.Member, a.Role, a.CreatedAt)));
    }
}
