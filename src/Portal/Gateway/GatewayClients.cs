using Microsoft.Extensions.Http.Resilience;
using NetworkingPlatform.Portal.Gateway.Clients;

namespace NetworkingPlatform.Portal.Gateway;

public static class GatewayClients
{
    public const string Api = "gateway";
    public const string Stream = "gateway-stream";

    // RemoveAllResilienceHandlers is marked experimental; it is the documented way to replace the defaults' handler.
#pragma warning disable EXTEXP0001
    public static IServiceCollection AddGatewayClients(this IServiceCollection services, IConfiguration configuration)
    {
        var baseAddress = new Uri(configuration["Gateway:BaseAddress"] ?? "http://gateway");
        // Never a cookie container: the handler is pooled across every visitor, and each request carries its own session.
        static HttpMessageHandler WithoutCookies() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };

        services.AddHttpClient(Api, client => client.BaseAddress = baseAddress)
            .ConfigurePrimaryHttpMessageHandler(WithoutCookies)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                // A posted answer or upload must not be sent twice; reads may be retried.
                options.Retry.DisableForUnsafeHttpMethods();
                options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(5);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
            });
        services.AddHttpClient(Stream, client =>
            {
                client.BaseAddress = baseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(WithoutCookies)
            .RemoveAllResilienceHandlers();
        services.AddScoped<BrowserAddress>();
        services.AddScoped<AccountGateway>();
        services.AddScoped<PortalGateway>();
        services.AddScoped<LiveNotifications>();
        services.AddScoped<ResponsesClient>();
        services.AddScoped<OpportunitiesClient>();
        services.AddScoped<ImportsClient>();
        services.AddScoped<MailboxesClient>();
        services.AddScoped<NotificationsClient>();
        services.AddScoped<TenantAdminClient>();
        return services;
    }
#pragma warning restore EXTEXP0001
}
