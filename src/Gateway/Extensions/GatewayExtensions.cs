using Microsoft.AspNetCore.Authorization;
using NetworkingPlatform.Gateway.ApiKeys;
using NetworkingPlatform.Gateway.Authentication;
using NetworkingPlatform.Gateway.Proxy;
using NetworkingPlatform.Gateway.Seeding;
using NetworkingPlatform.Gateway.Tenants;
using NetworkingPlatform.ServiceDefaults.Identity;
using NetworkingPlatform.ServiceDefaults.Storage;

namespace NetworkingPlatform.Gateway.Extensions;

public static class GatewayExtensions
{
    public const string SchemaName = "gateway";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPlatformMarten(SchemaName, options =>
        {
            options.Schema.For<Tenant>();
            options.Schema.For<ApiKey>().Index(k => k.TenantId);
        }, tenantScoped: false);

        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(PlatformIdentity.TenantClaim)
                .Build());

        builder.Services.AddHostedService<DemoTenantSeeder>();
        builder.AddServiceProxy();
        return builder;
    }

    public static WebApplication MapGatewayEndpoints(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(RouteBodyLimit.Apply);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
