using Microsoft.AspNetCore.Authorization;

namespace NetworkingPlatform.ServiceDefaults.Identity;

public static class TenantScopedAuthorization
{
    /// <summary>
    /// Every endpoint, unless it says otherwise, needs a caller authenticated by <paramref name="scheme"/>, of a tenant,
    /// holding the scope the endpoint asks for (<see cref="ScopeRequirement"/>): the Gateway and the services alike.
    /// </summary>
    public static IServiceCollection AddTenantScopedAuthorization(this IServiceCollection services, string scheme)
    {
        services.AddSingleton<IAuthorizationHandler, ScopeRequirement>();
        var tenantWithScope = new AuthorizationPolicyBuilder(scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(PlatformIdentity.TenantClaim)
            .AddRequirements(new ScopeRequirement())
            .Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(tenantWithScope)
            .SetFallbackPolicy(tenantWithScope);
        return services;
    }
}
