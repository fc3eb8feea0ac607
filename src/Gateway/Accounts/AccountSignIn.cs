using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Accounts;

public static class AccountSignIn
{
    /// <summary>Starts a session for the account: the answer carries the <c>np_session</c> cookie.</summary>
    public static Task StartSession(this HttpContext context, Account account) =>
        context.SignInAsync(SessionCookie.SchemeName, SessionClaims.For(account), new AuthenticationProperties { AllowRefresh = true });
}
