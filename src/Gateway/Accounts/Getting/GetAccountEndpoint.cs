using NetworkingPlatform.Gateway.Tenants;

namespace NetworkingPlatform.Gateway.Accounts.Getting;

public static class GetAccountEndpoint
{
    public static RouteGroupBuilder MapGetAccount(this RouteGroupBuilder account)
    {
        account.MapGet("", Handle)
            .WithName("GetAccount")
            .WithTags("Account")
            .WithDescription("Who is signed in: account, tenant, organisation, member handle, role and language. Only a session reaches it; an API key belongs to no account.")
            .WithSummary("The signed-in account.");
        return account;
    }

    private static async Task<Results<Ok<AccountView>, ProblemHttpResult>> Handle(HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        if (await session.Load(context, cancellationToken) is not { } account)
        {
            return CurrentAccount.Gone();
        }

        var tenant = await session.LoadAsync<Tenant>(account.TenantId, cancellationToken);
        return TypedResults.Ok(AccountView.Of(account, tenant?.Name ?? account.TenantId));
    }
}
