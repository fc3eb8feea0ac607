using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.Gateway.Audit;
using NetworkingPlatform.Gateway.Sessions;
using NetworkingPlatform.Gateway.Validation;

namespace NetworkingPlatform.Gateway.Members.Removing;

public static class RemoveMemberEndpoint
{
    public static RouteGroupBuilder MapRemoveMember(this RouteGroupBuilder tenant)
    {
        tenant.MapDelete("/members/{accountId}", Handle)
            .WithName("RemoveMember")
            .WithTags("Members")
            .WithDescription("The account can no longer sign in and its sessions end at once; what the member did stays. 409 for the caller's own account.")
            .WithSummary("Removes an account from the tenant; its sessions end at once. An admin cannot remove themself (admin).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return tenant;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(string accountId, PlatformCaller caller, HttpContext context, IDocumentStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<Account>(accountId, cancellationToken);
        if (account is null || account.TenantId != caller.TenantId)
        {
            return Problems.NotFound($"There is no account '{accountId}' in this organisation.");
        }

        if (SessionClaims.AccountId(context.User) == account.Id)
        {
            return Problems.Conflict("An admin cannot remove their own account.");
        }

        session.Delete(account);
        MartenTicketStore.RevokeAll(session, account.Id);
        audit.Record(session, context.User, caller.TenantId, AuditActions.MemberRemoved, account.Email, $"member {account.Member}, role {account.Role}");
        await session.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
