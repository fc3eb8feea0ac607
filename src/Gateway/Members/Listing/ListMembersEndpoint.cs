using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.Gateway.Validation;
using NetworkingPlatform.ServiceDefaults.OpenApi;

namespace NetworkingPlatform.Gateway.Members.Listing;

public static class ListMembersEndpoint
{
    private const int DefaultPageSize = 50;

    public sealed record MemberAccount(string AccountId, string Email, string DisplayName, string Member, string Role, DateTimeOffset CreatedAt);

    public static RouteGroupBuilder MapListMembers(this RouteGroupBuilder tenant)
    {
        tenant.MapGet("/members", Handle)
            .WithName("ListMembers")
            .WithTags("Members")
            .WithDescription("Each account: email, display name, member handle, role, when it joined. A page at a time (page, pageSize).")
            .WithSummary("The tenant's accounts, oldest first, a page at a time (admin).")
            .WithPageDefaults(DefaultPageSize);
        return tenant;
    }

    private static async Task<Results<Ok<ListPage<MemberAccount>>, ValidationProblem>> Handle([AsParameters] PageQuery paging, PlatformCaller caller, IDocumentStore store, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var listed = paging.Resolve(errors.ByField, DefaultPageSize);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        await using var session = store.QuerySession();
        var accounts = await session.Query<Account>()
            .Where(a => a.TenantId == caller.TenantId)
            .OrderBy(a => a.CreatedAt)
            .ToPagedListAsync(listed.Number, listed.Size, cancellationToken);
        return TypedResults.Ok(accounts.ToListPage(a => new MemberAccount(a.Id, a.Email, a.DisplayName, a.Member, a.Role, a.CreatedAt)));
    }
}
