using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Accounts.SigningOut;

public static class SignOutEndpoint
{
    public static RouteGroupBuilder MapSignOut(this RouteGroupBuilder account)
    {
        account.MapPost("/sign-out", (Delegate)Handle)
            .WithName("SignOut")
            .WithTags("Account")
            .WithDescription("Ends the session that sends it; other sessions of the account stay.")
            .WithSummary("Signs out: the session ends at once, on every replica, and the cookie is cleared.");
        return account;
    }

    private static async Task<NoContent> Handle(HttpContext context)
    {
        await context.SignOutAsync(SessionCookie.SchemeName);
        return TypedResults.NoContent();
    }
}
