using JasperFx.Events.Daemon;
using Microsoft.AspNetCore.Authorization;
using NetworkingPlatform.Gateway.Accounts;
using NetworkingPlatform.Gateway.ApiKeys;
using NetworkingPlatform.Gateway.Audit;
using NetworkingPlatform.Gateway.Authentication;
using NetworkingPlatform.Gateway.Docs;
using NetworkingPlatform.Gateway.IntegrationEvents;
using NetworkingPlatform.Gateway.Invitations;
using NetworkingPlatform.Gateway.Limits;
using NetworkingPlatform.Gateway.Members;
using NetworkingPlatform.Gateway.Proxy;
using NetworkingPlatform.Gateway.Seeding;
using NetworkingPlatform.Gateway.Sessions;
using NetworkingPlatform.Gateway.Sessions.KeyRing;
using NetworkingPlatform.Gateway.Tenants;
using NetworkingPlatform.ServiceDefaults.Messaging;
using NetworkingPlatform.ServiceDefaults.Requests;

namespace NetworkingPlatform.Gateway.Extensions;

public static class GatewayExtensions
{
    public const string SchemaName = "gateway";

    /// <summary>API keys when the X-Api-Key header is sent, the portal's session cookie otherwise.</summary>
    public const string CallerScheme = "Caller";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPlatformMarten(SchemaName, options =>
        {
            options.Schema.For<Tenant>();
            options.Schema.For<ApiKey>().Index(k => k.TenantId);
            options.Schema.For<Account>().UniqueIndex(a => a.Email).Index(a => a.TenantId);
            options.Schema.For<StoredSession>().Index(s => s.AccountId);
            options.Schema.For<Invitation>().Index(i => i.TenantId);
            options.Schema.For<AuditEntry>().Index(e => e.TenantId).Index(e => e.At);
            options.Schema.For<StoredDataProtectionKey>();
            options.Storage.ExtendedSchemaObjects.Add(new RateLimitBucketsTable(SchemaName));
        }, tenantScoped: false)
            .AddSubscriptionWithServices<AccountEventsForwarder>(ServiceLifetime.Singleton)
            .AddAsyncDaemon(DaemonMode.HotCold);
        builder.AddPlatformMessaging();

        builder.AddSharedKeyRing();
        builder.AddCallerAuthentication();
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton<ApiKeyUsage>();
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.Services.AddHostedService<ApiKeyRevocations>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddHostedService<DemoTenantSeeder>();
        builder.AddCallerRateLimits();
        builder.AddPortalCors();
        builder.AddRequestBodyLimit();
        builder.AddApiDocs();
        builder.AddServiceProxy();
        return builder;
    }

    private static void AddCallerAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "API key or session", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : SessionCookie.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddSessionCookie();
        builder.Services.AddTenantScopedAuthorization(CallerScheme);
    }

    /// <summary>The pipeline before the endpoints: security headers and CORS first, so even refusals carry them.</summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders(ApiContentSecurityPolicy.For);
        app.UsePortalCors();
        app.UseServiceDefaults();
        app.UseRateLimitHeaders();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapGatewayEndpoints(this WebApplication app)
    {
        app.MapApiDocs();
        app.MapAccountEndpoints();
        app.MapTenantAdminEndpoints();
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(RouteBodyLimit.Apply);
            proxy.Use(WebhookChangeAudit.Apply);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
