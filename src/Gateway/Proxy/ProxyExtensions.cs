using System.Net.Http.Headers;
using NetworkingPlatform.Gateway.Authentication;
using Yarp.ReverseProxy.Transforms;

namespace NetworkingPlatform.Gateway.Proxy;

public static class ProxyExtensions
{
    /// <summary>
    /// YARP routes from configuration, destinations found by service discovery. What the client sent as
    /// credentials never reaches a service: it is replaced by the identity the Gateway signs.
    /// </summary>
    public static IHostApplicationBuilder AddServiceProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ServiceIdentityIssuer>();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms(transforms => transforms.AddRequestTransform(context =>
            {
                var issuer = context.HttpContext.RequestServices.GetRequiredService<ServiceIdentityIssuer>();
                context.ProxyRequest.Headers.Remove(ApiKeyAuthenticationHandler.HeaderName);
                context.ProxyRequest.Headers.Remove("Cookie");
                context.ProxyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Issue(context.HttpContext.User));
                return ValueTask.CompletedTask;
            }));
        return builder;
    }
}
