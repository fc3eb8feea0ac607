using Microsoft.AspNetCore.Authorization;
using NetworkingPlatform.Gateway.Accounts.AcceptingInvitations;
using NetworkingPlatform.Gateway.Accounts.ChangingLanguage;
using NetworkingPlatform.Gateway.Accounts.ChangingPassword;
using NetworkingPlatform.Gateway.Accounts.Getting;
using NetworkingPlatform.Gateway.Accounts.SigningIn;
using NetworkingPlatform.Gateway.Accounts.SigningOut;
using NetworkingPlatform.Gateway.Accounts.SigningUp;
using NetworkingPlatform.Gateway.Sessions;

namespace NetworkingPlatform.Gateway.Accounts;

public static class AccountEndpoints
{
    /// <summary>Only a session (the cookie) reaches the signed-in account's own endpoints; an API key belongs to no account.</summary>
    public static readonly AuthorizationPolicy SignedIn = new AuthorizationPolicyBuilder(SessionCookie.SchemeName)
        .RequireAuthenticatedUser()
        .RequireClaim(PlatformIdentity.TenantClaim)
        .AddRequirements(new ScopeRequirement())
        .Build();

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSignUp();
        endpoints.MapSignIn();
        endpoints.MapAcceptInvitation();
        endpoints.MapGroup("/api/v1/account")
            .RequireAuthorization(SignedIn)
            .MapGetAccount()
            .MapSignOut()
            .MapChangeLanguage()
            .MapChangePassword();
        return endpoints;
    }
}
